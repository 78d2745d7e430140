import { describe, expect, it } from 'vitest';
import { redirectPage } from './redirect-page';

describe('redirectPage', () => {
  const html = redirectPage({
    target: '/notes/2019/11/30/flink-forward-asia.html',
    canonical: 'https://me.github.io/notes/2019/11/30/flink-forward-asia.html',
    title: 'FFA 2019 <参会总结> & more',
    lang: 'zh-CN',
    linkText: '本文已移至：FFA 2019',
  });

  it('points canonical, refresh, script and link at the post, escaped', () => {
    expect(html.split('\n').filter((line) => /canonical|refresh|<script>|<a |<title>/.test(line))).toEqual([
      '<title>FFA 2019 &lt;参会总结&gt; &amp; more</title>',
      '<link rel="canonical" href="https://me.github.io/notes/2019/11/30/flink-forward-asia.html">',
      '<script>location.replace("/notes/2019/11/30/flink-forward-asia.html"+location.hash)</script>',
      '<meta http-equiv="refresh" content="0; url=/notes/2019/11/30/flink-forward-asia.html">',
      '<p><a href="/notes/2019/11/30/flink-forward-asia.html">本文已移至：FFA 2019</a></p>',
    ]);
  });

  it('keeps its script far within the reader-script budget', () => {
    expect(/<script>[^<]*<\/script>/.exec(html)?.[0].length).toBeLessThan(200);
  });

  it('cannot be broken out of by a hostile target', () => {
    const hostile = redirectPage({ target: '/x"></script><script>alert(1)</script>', canonical: 'https://x/', title: 't', lang: 'en', linkText: 'x' });
    expect(hostile).not.toContain('<script>alert(1)');
  });
});
