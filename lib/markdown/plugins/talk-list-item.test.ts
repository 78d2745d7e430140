import type { Element } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { splitListItem } from './talk-list-item';

function listItem(html: string): Element {
  const tree = unified().use(rehypeParse, { fragment: true }).parse(`<ul>${html}</ul>`);
  const list = tree.children[0];
  const item = list?.type === 'element' ? list.children.find((node): node is Element => node.type === 'element') : undefined;
  if (!item) throw new Error(`no list item in ${html}`);
  return item;
}

describe('splitListItem', () => {
  it.each([
    ['title, <br>, summary', '<li>Flink at scale <br>\n主要介绍了 checkpoint。</li>', { title: 'Flink at scale', summary: '<p>主要介绍了 checkpoint。</p>', authorId: undefined }],
    ['title, line break, summary', '<li>Flink at scale\nsummary on the next line</li>', { title: 'Flink at scale', summary: '<p>summary on the next line</p>', authorId: undefined }],
    ['a loose item: paragraph title, then a list', '<li><p>Talk<br>Key points:<br></p><ol><li>one</li></ol></li>', { title: 'Talk', summary: '<p>Key points:</p><ol><li>one</li></ol>', authorId: undefined }],
    ['<a name> leading the title', '<li><a name="keynote"></a>Keynote <br>text</li>', { title: 'Keynote', summary: '<p>text</p>', authorId: 'keynote' }],
    ['<a name> wrapping the title', '<li><a name="keynote">Keynote</a><br>text</li>', { title: 'Keynote', summary: '<p>text</p>', authorId: 'keynote' }],
    ['kramdown {#id} ending the title', '<li>Keynote {#opening}<br>text</li>', { title: 'Keynote', summary: '<p>text</p>', authorId: 'opening' }],
    ['a link to elsewhere is part of the title, not an id', '<li><a href="https://flink.apache.org" name="x">Flink</a> talk</li>', { title: '<a href="https://flink.apache.org" name="x">Flink</a> talk', summary: '', authorId: undefined }],
    ['title only', '<li>Just a title</li>', { title: 'Just a title', summary: '', authorId: undefined }],
  ])('%s', (_name, html, expected) => {
    const parts = splitListItem(listItem(html));
    expect(
      parts && {
        title: toHtml(parts.title),
        summary: toHtml(parts.summary),
        authorId: parts.authorId,
      },
    ).toEqual(expected);
  });

  it.each([
    ['an empty item', '<li></li>'],
    ['an item that starts with a block', '<li><pre>code</pre></li>'],
    ['an item whose first line is only an anchor', '<li><a name="x"></a><br>text</li>'],
  ])('%s: no title, so not a talk', (_name, html) => {
    expect(splitListItem(listItem(html))).toEqual(undefined);
  });
});
