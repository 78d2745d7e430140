import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/*
 * The site's KaTeX stylesheet and fonts, served from the site itself (no
 * CDN, nothing fetched at build time): KaTeX's own stylesheet from its npm
 * package, its fonts as WOFF2 only (every browser that renders the site
 * reads it), and the box sizes of every formula of the site as classes
 * (rehype-katex-classes). Only pages with a formula link it.
 */

/** Where the stylesheet is published, under the base path; its fonts are in `fonts/` beside it. */
export const KATEX_FOLDER = '/_confnotes/katex';
export const KATEX_STYLESHEET = `${KATEX_FOLDER}/katex.css`;

const katexDist = (projectRoot: string) => path.join(projectRoot, 'node_modules', 'katex', 'dist');

/** KaTeX's stylesheet with WOFF2 fonts only, then one rule per formula box class (`!important`, as the inline style it replaces would win). */
export function katexStylesheet(projectRoot: string, styles: Iterable<Readonly<Record<string, string>>>): string {
  const katexCss = readFileSync(path.join(katexDist(projectRoot), 'katex.min.css'), 'utf8').replace(/,url\(fonts\/[^)]+\.woff\) format\("woff"\),url\(fonts\/[^)]+\.ttf\) format\("truetype"\)/g, '');
  const rules = new Map<string, string>();
  for (const set of styles) for (const [name, style] of Object.entries(set)) rules.set(name, style);
  const boxes = [...rules.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, style]) => `.${name}{${style.split(';').map((declaration) => declaration.trim()).filter((declaration) => declaration !== '').map((declaration) => `${declaration}!important`).join(';')}}`);
  return `${katexCss}\n${boxes.join('\n')}\n`;
}

/** KaTeX's WOFF2 fonts: file name and absolute path. */
export function katexFonts(projectRoot: string): Array<{ name: string; file: string }> {
  const folder = path.join(katexDist(projectRoot), 'fonts');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.woff2'))
    .sort()
    .map((name) => ({ name, file: path.join(folder, name) }));
}
