import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFontSlices, slicesFor } from './font-slices';

const css = `
/* noto-sans-sc-[4]-700-normal */
@font-face {
  font-family: 'Noto Sans SC';
  src: url(./files/noto-sans-sc-4-700-normal.woff2) format('woff2'), url(./files/noto-sans-sc-4-700-normal.woff) format('woff');
  unicode-range: U+4e00-4e0f,U+4e2d;
}
@font-face {
  font-family: 'Noto Sans SC';
  src: url(./files/noto-sans-sc-latin-700-normal.woff2) format('woff2'), url(./files/noto-sans-sc-latin-700-normal.woff) format('woff');
  unicode-range: U+0000-00FF,U+3??;
}`;

describe('parseFontSlices', () => {
  it('reads each slice’s WOFF file and its unicode ranges, wildcards included', () => {
    expect(parseFontSlices(css)).toEqual([
      { file: 'noto-sans-sc-4-700-normal.woff', ranges: [[0x4e00, 0x4e0f], [0x4e2d, 0x4e2d]] },
      { file: 'noto-sans-sc-latin-700-normal.woff', ranges: [[0x0, 0xff], [0x300, 0x3ff]] },
    ]);
  });
});

describe('slicesFor', () => {
  it('names the slices a text needs, and the characters none holds', () => {
    expect(slicesFor('中 Day 一', parseFontSlices(css))).toEqual({ files: ['noto-sans-sc-4-700-normal.woff', 'noto-sans-sc-latin-700-normal.woff'], missing: [] });
    expect(slicesFor('中文', parseFontSlices(css))).toEqual({ files: ['noto-sans-sc-4-700-normal.woff'], missing: ['文'] });
  });

  it('with the real font packages (Noto Sans SC, then Nanum Gothic for hangul), covers Chinese, Japanese and Korean titles entirely', () => {
    const stylesheet = (name: string) => readFileSync(path.join(process.cwd(), 'node_modules', '@fontsource', name, '700.css'), 'utf8');
    const slices = [...parseFontSlices(stylesheet('noto-sans-sc')), ...parseFontSlices(stylesheet('nanum-gothic'))];
    for (const title of ['FLINK FORWARD ASIA 2019 参会总结', 'JSConf JP 2023 参加レポート', 'if(kakao) 2023 후기', 'Berlin Buzzwords (ohne Tage) — Ärger & Öl']) {
      expect(slicesFor(title, slices).missing, title).toEqual([]);
    }
  });
});
