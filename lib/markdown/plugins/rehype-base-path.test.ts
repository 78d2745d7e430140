import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import rehypeBasePath from './rehype-base-path';

function run(html: string, basePath: string): string {
  const tree: Root = unified().use(rehypeParse, { fragment: true }).parse(html);
  rehypeBasePath({ basePath })(tree);
  return toHtml(tree);
}

describe('rehypeBasePath', () => {
  it.each([
    ['a root-relative link', '<a href="/2019/11/30/x.html#day-1">x</a>', '/blog', '<a href="/blog/2019/11/30/x.html#day-1">x</a>'],
    ['a root-relative image', '<img src="/images/a.png" alt="">', '/blog', '<img src="/blog/images/a.png" alt="">'],
    ['a link that already carries the base path', '<a href="/blog/images/a.png">a</a>', '/blog', '<a href="/blog/images/a.png">a</a>'],
    ['the base path itself', '<a href="/blog">home</a>', '/blog', '<a href="/blog">home</a>'],
    ['a path that only starts like the base path', '<a href="/blogroll.html">b</a>', '/blog', '<a href="/blog/blogroll.html">b</a>'],
    ['remote, protocol-relative, relative and in-page links', '<a href="https://x.org/">1</a><a href="//x.org/">2</a><a href="./a.png">3</a><a href="#t">4</a>', '/blog', '<a href="https://x.org/">1</a><a href="//x.org/">2</a><a href="./a.png">3</a><a href="#t">4</a>'],
    ['no base path', '<a href="/2019/x.html">x</a>', '', '<a href="/2019/x.html">x</a>'],
  ])('%s', (_case, html, basePath, expected) => {
    expect(run(html, basePath)).toEqual(expected);
  });
});
