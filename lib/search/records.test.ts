import { describe, expect, it } from 'vitest';
import { searchRecords } from './records';

const html = [
  '<p>Intro text.</p>',
  '<section class="day" id="day-1" aria-label="Day 1"><section class="session" aria-labelledby="day1-morning">',
  '<h2 id="day1-morning">Day 1 上午的主会场<a href="#day1-morning" class="heading-anchor" aria-label="链接">#</a></h2>',
  '<p>Session intro.</p>',
  '<article class="talk" id="lyft"><h3 class="talk-title">Lyft 准实时数据分析平台<a class="heading-anchor" href="#lyft">#</a></h3>',
  '<div class="talk-summary"><p>小文件合并与 Parquet 优化。</p></div></article>',
  '<article class="talk" id="abc"><h3 class="talk-title">农业银行的实践</h3><div class="talk-summary"><p>反欺诈规则。</p></div></article>',
  '<p>After the talks.</p>',
  '</section></section>',
  '<section class="section" aria-labelledby="conclusion"><h2 id="conclusion">后记</h2><p>参会总结。</p></section>',
].join('');

describe('searchRecords', () => {
  it('makes a record of each talk, each section under a heading, and the opening text, each at its anchor', () => {
    expect(searchRecords({ urlPath: '/2019/11/30/ffa.html', title: 'FFA 2019', html, lang: 'zh-CN', keywords: ['Apache Flink'] })).toEqual([
      { url: '/2019/11/30/ffa.html', title: 'FFA 2019', post: 'FFA 2019', content: 'FFA 2019 Apache Flink Intro text.', language: 'zh' },
      { url: '/2019/11/30/ffa.html#day1-morning', title: 'Day 1 上午的主会场', post: 'FFA 2019', content: 'Day 1 上午的主会场 Session intro. After the talks.', language: 'zh' },
      { url: '/2019/11/30/ffa.html#lyft', title: 'Lyft 准实时数据分析平台', post: 'FFA 2019', content: 'Lyft 准实时数据分析平台 小文件合并与 Parquet 优化。', language: 'zh' },
      { url: '/2019/11/30/ffa.html#abc', title: '农业银行的实践', post: 'FFA 2019', content: '农业银行的实践 反欺诈规则。', language: 'zh' },
      { url: '/2019/11/30/ffa.html#conclusion', title: '后记', post: 'FFA 2019', content: '后记 参会总结。', language: 'zh' },
    ]);
  });

  it.each([
    ['en', 'en'],
    ['de-DE', 'de'],
    ['ja', 'ja'],
  ])('tells the index the language %s as %s', (lang, language) => {
    expect(searchRecords({ urlPath: '/x.html', title: 'X', html: '<p>x</p>', lang, keywords: [] }).map((record) => record.language)).toEqual([language]);
  });

  const formula = (tex: string, glyphs: string) =>
    `<span class="katex"><span class="katex-mathml"><math><semantics><mrow><mi>x</mi></mrow><annotation encoding="application/x-tex">${tex}</annotation></semantics></math></span><span class="katex-html" aria-hidden="true">${glyphs}</span></span>`;

  it.each([
    ['a formula as its TeX source, in text and in a title', `<h2 id="loss">Loss ${formula('L^2', 'L2')}<a class="heading-anchor" href="#loss">#</a></h2><p>Minimise ${formula('x^2', 'x2')} &amp; more.</p>`, [
      { url: '/p.html#loss', title: 'Loss L^2', content: 'Loss L^2 Minimise x^2 & more.' },
    ]],
    ['a talk without a title under the post\'s name, and the text after it back in its session', '<h2 id="s">Session</h2><article class="talk" id="t"><p>Only a summary.</p></article><p>Closing.</p>', [
      { url: '/p.html#s', title: 'Session', content: 'Session Closing.' },
      { url: '/p.html#t', title: 'P', content: 'Only a summary.' },
    ]],
    ['an id twice: one record, named by the first', '<h2 id="a">First</h2><p>one</p><h3 id="a">Second</h3><p>two</p>', [
      { url: '/p.html#a', title: 'First', content: 'First one Second two' },
    ]],
  ])('reads %s', (_name, html, expected) => {
    const records = searchRecords({ urlPath: '/p.html', title: 'P', html, lang: 'en', keywords: [] });
    expect(records.filter((record) => record.url !== '/p.html').map(({ url, title, content }) => ({ url, title, content }))).toEqual(expected);
  });
});
