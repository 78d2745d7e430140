import { describe, expect, it } from 'vitest';
import { shareImageFonts } from './share-image-fonts';

/* Glyph coverage of the share images: every character of a title is drawn by a font handed to the renderer (never fetched). */
describe('shareImageFonts', () => {
  it.each([
    ['Chinese', 'FLINK FORWARD ASIA 2019 参会总结', [{ text: 'FLINK FORWARD ASIA 2019 参会总结', family: 'Noto Sans SC' }]],
    ['Japanese', 'JSConf JP 2023 参加レポート', [{ text: 'JSConf JP 2023 参加レポート', family: 'Noto Sans SC' }]],
    ['Korean', 'if(kakao) 2023 후기', [{ text: 'if(kakao) 2023 ', family: 'Noto Sans SC' }, { text: '후기', family: 'Nanum Gothic' }]],
    ['German', 'Berlin Buzzwords — Ärger & Öl', [{ text: 'Berlin Buzzwords — Ärger & Öl', family: 'Noto Sans SC' }]],
  ])('%s: every character in a run of one family, nothing left out', (_language, title, runs) => {
    const { title: drawn, fonts } = shareImageFonts({ title, siteTitle: 'confnotes', details: '' });
    expect(drawn.missing).toEqual([]);
    expect(drawn.runs.map((run) => ({ text: run.text, family: /'([A-Za-z ]+?) \d+ \d+'/.exec(run.fontFamily)?.[1] }))).toEqual(runs);
    // The renderer gets exactly the slices the runs name, at the title's weight.
    const named = new Set(drawn.runs.flatMap((run) => [...run.fontFamily.matchAll(/'([^']+)'/g)].map((match) => match[1])));
    expect(fonts.filter((font) => named.has(font.name)).map((font) => font.weight)).toEqual([...named].map(() => 700));
  });

  it('leaves out emoji, which the renderer would download', () => {
    const { title } = shareImageFonts({ title: 'KubeCon 🎉 2023', siteTitle: 'x', details: '' });
    expect(title.missing).toEqual(['🎉']);
    expect(title.runs.map((run) => run.text).join('')).toEqual('KubeCon 2023');
  });
});
