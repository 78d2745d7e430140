/*
 * Fixture-folder tests for our rehype plugins, in the style of the unified
 * plugins' own: each case is a folder with input.md and the expected
 * output.html. UPDATE_FIXTURES=1 writes missing or changed outputs (review
 * the diff before committing).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { expect, test } from 'vitest';
import { splitFrontMatter } from '../../content/front-matter';
import { parseFrontMatter, type FrontMatter } from '../../content/schema';

/** Markdown through remark (with `remarkPlugins`) and rehype (with `plugins`) to HTML; findings appended as comments. */
export function renderWith(markdown: string, plugins: PluggableList, remarkPlugins: PluggableList = []): string {
  const file = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkPlugins)
    .use(remarkRehype, { allowDangerousHtml: true, clobberPrefix: '' })
    .use(rehypeRaw)
    .use(plugins)
    .use(rehypeStringify)
    .processSync(markdown);
  const findings = (file.data.findings ?? []).map((finding) => `<!-- ${finding.severity} line ${finding.line}: ${finding.message} -->`);
  return [String(file).trim(), ...findings].filter((part) => part !== '').join('\n');
}

/**
 * One test per folder under `fixtures/<name>/` (or under `root`, when given).
 * Plugins given as a function get each input's front matter (which is then
 * not rendered), for plugins whose options come from it.
 */
export function testFixtures(
  name: string,
  plugins: PluggableList | ((frontMatter: FrontMatter | undefined) => PluggableList),
  root = path.join(__dirname, 'fixtures', name),
  remarkPlugins: PluggableList = [],
): void {
  const cases = readdirSync(root, { withFileTypes: true }).filter((entry) => entry.isDirectory());
  if (cases.length === 0) throw new Error(`no fixture folders in ${root}`);
  for (const entry of cases) {
    test(`${name}: ${entry.name}`, () => {
      const folder = path.join(root, entry.name);
      const input = readFileSync(path.join(folder, 'input.md'), 'utf8');
      let actual: string;
      if (typeof plugins === 'function') {
        const split = splitFrontMatter(input, 'input.md');
        const meta = parseFrontMatter(split.data);
        actual = renderWith(split.body, plugins(meta.success ? meta.data : undefined), remarkPlugins);
      } else {
        actual = renderWith(input, plugins, remarkPlugins);
      }
      const outputFile = path.join(folder, 'output.html');
      if (process.env.UPDATE_FIXTURES === '1' && (!existsSync(outputFile) || readFileSync(outputFile, 'utf8').trim() !== actual)) {
        writeFileSync(outputFile, `${actual}\n`);
      }
      expect(actual).toBe(readFileSync(outputFile, 'utf8').trim());
    });
  }
}
