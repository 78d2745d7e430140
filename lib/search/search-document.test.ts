import { describe, expect, it } from 'vitest';
import { searchRecords } from './records';
import { searchDocument } from './search-document';

describe('searchDocument', () => {
  it('titles the page with the post and makes every other record a heading at its anchor, escaped', () => {
    const html =
      '<p>Intro &amp; more.</p><article class="talk" id="lyft"><h3 class="talk-title">Lyft &lt;小文件&gt;</h3><div class="talk-summary"><p>合并。</p></div></article>' +
      '<section class="section" aria-labelledby="后记"><h2 id="后记">后记</h2><p>总结。</p></section>';
    const post = { urlPath: '/2019/11/30/ffa.html', title: 'FFA "2019"', html, lang: 'zh-CN', keywords: ['Flink'] };
    expect(searchDocument(post, searchRecords(post), 'zh')).toEqual(
      '<!doctype html><html lang="zh"><head><title>FFA "2019"</title></head><body>' +
        '<h1>FFA "2019"</h1><p>Flink Intro &#x26; more.</p>' +
        '<h2 id="lyft">Lyft &#x3C;小文件></h2><p>合并。</p>' +
        '<h2 id="后记">后记</h2><p>总结。</p></body></html>',
    );
  });

  it('leaves out an empty opening and a body that is only its title', () => {
    const post = { urlPath: '/x.html', title: 'X', html: '<h2 id="a">A</h2>', lang: 'en', keywords: [] };
    expect(searchDocument(post, searchRecords(post), 'en')).toEqual('<!doctype html><html lang="en"><head><title>X</title></head><body><h1>X</h1><h2 id="a">A</h2></body></html>');
  });
});
