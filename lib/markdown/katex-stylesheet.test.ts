import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { katexFonts, katexStylesheet } from './katex-stylesheet';

const projectRoot = path.resolve(__dirname, '../..');

describe('katexStylesheet', () => {
  it('names WOFF2 fonts only, and gives each formula box class its declarations', () => {
    const css = katexStylesheet(projectRoot, [{ 'katex-1a2b3c4d': 'height:0.6944em;vertical-align:-0.25em;' }, { 'katex-00000000': 'margin-right:0.05em;' }]);
    expect(css).not.toMatch(/\.woff\)|\.ttf\)/);
    expect(css).toContain('src:url(fonts/KaTeX_Main-Regular.woff2) format("woff2")}');
    expect(css.trim().split('\n').slice(-2)).toEqual(['.katex-00000000{margin-right:0.05em!important}', '.katex-1a2b3c4d{height:0.6944em!important;vertical-align:-0.25em!important}']);
  });

  it('lists the fonts it names', () => {
    const css = katexStylesheet(projectRoot, []);
    const named = [...css.matchAll(/url\(fonts\/([^)]+)\)/g)].map((match) => match[1]).sort();
    expect(katexFonts(projectRoot).map((font) => font.name)).toEqual(named);
  });
});
