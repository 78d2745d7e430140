import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../content/front-matter';
import { uiStrings } from '../i18n';
import { renderMarkdown } from './render-markdown';

const labels = uiStrings('en');
const render = (markdown: string, title?: string) => renderMarkdown(markdown, { title, labels });

function elements(tree: Root): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (node) => {
    found.push(node);
  });
  return found;
}

const seedFile = path.resolve(__dirname, '../../content/2019-11-30-flink-forward-asia.md');
const seed = splitFrontMatter(readFileSync(seedFile, 'utf8'), 'seed.md');
const seedTitle = 'FLINK FORWARD ASIA 2019 参会总结';

describe('the anchor contract on the seed post', () => {
  const { tree, headingTitle } = render(seed.body, seedTitle);
  const all = elements(tree);
  const html = toHtml(tree);

  it.each(['day1-morning', 'day1-afternoon', 'day2-morning', 'conclusion'])('%s is the id of exactly one element, a heading', (id) => {
    const withId = all.filter((element) => element.properties.id === id);
    expect(withId).toHaveLength(1);
    expect(headingRank(withId[0] as Element)).toBe(2);
  });

  it('drops the # heading that repeats the title and keeps no <h1>', () => {
    expect(headingTitle).toBe(seedTitle);
    expect(all.filter((element) => element.tagName === 'h1')).toEqual([]);
    expect(toString(tree)).not.toContain(seedTitle);
  });

  it('replaces the empty octicon links with one named # link per heading', () => {
    expect(html).not.toContain('octicon');
    const headings = all.filter((element) => headingRank(element) !== undefined);
    const anchors = headings.map((heading) =>
      heading.children.filter((child) => child.type === 'element' && child.tagName === 'a' && String(child.properties.className) === 'heading-anchor'),
    );
    expect(anchors.every((found) => found.length === 1)).toBe(true);
    const hrefs = anchors.flat().map((anchor) => (anchor.type === 'element' ? anchor.properties.href : undefined));
    expect(hrefs.filter((href) => ['#day1-morning', '#day1-afternoon', '#day2-morning', '#conclusion'].includes(String(href)))).toEqual([
      '#day1-morning',
      '#day1-afternoon',
      '#day2-morning',
      '#conclusion',
    ]);
    const first = anchors[0]?.[0];
    expect(first?.type === 'element' ? first.properties.ariaLabel : undefined).toBe('Link to “Day 1 上午的主会场”');
  });

  it('leaves no user-content- prefix and no in-page link without a target', () => {
    expect(html).not.toContain('user-content-');
    const ids = new Set(all.map((element) => element.properties.id).filter((id) => typeof id === 'string'));
    const targets = all.map((element) => element.properties.href).filter((href): href is string => typeof href === 'string' && href.startsWith('#'));
    expect(targets.length).toBeGreaterThan(0);
    for (const href of targets) expect(ids).toContain(decodeURIComponent(href.slice(1)));
  });
});

describe('heading ids', () => {
  it.each([
    ['GitHub-style slugs keep Chinese, Japanese and Korean', '## 上午的主会场\n\n## 午後のセッション\n\n## 첫째 날', ['上午的主会场', '午後のセッション', '첫째-날']],
    ['duplicates are numbered', '## Q&A\n\n## Q&A', ['qa', 'qa-1']],
    ['kramdown {#id} sets the id', '## Keynote {#keynote-1}', ['keynote-1']],
    ['<a id> at the start sets the id', '## <a id="x"></a>Talk', ['x']],
    ['an author id wins over a generated one', '## Conclusion\n\n<h2><a name="conclusion"></a>后记</h2>', ['conclusion-1', 'conclusion']],
  ])('%s', (_name, markdown, ids) => {
    const headings = elements(render(markdown).tree).filter((element) => headingRank(element) !== undefined);
    expect(headings.map((heading) => heading.properties.id)).toEqual(ids);
  });
});

describe('the sanitiser', () => {
  const attack = [
    '<script>alert(1)</script>',
    '',
    '<img src="x.png" onerror="alert(2)">',
    '',
    '[click](javascript:alert(3)) and <a href="JaVaScRiPt:alert(4)">raw</a>',
    '',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCg1KTwvc2NyaXB0Pg==">data</a>',
    '',
    '<style>body { display: none }</style>',
    '',
    '<div onclick="alert(6)" style="position:fixed">styled</div>',
    '',
    '<iframe src="javascript:alert(7)"></iframe><object data="x.swf"></object>',
    '',
    '<svg><script>alert(8)</script></svg><math><mi xlink:href="javascript:alert(9)">x</mi></math>',
    '',
    '<form action="https://evil.example"><input name="q"><button formaction="javascript:alert(10)">go</button></form>',
  ].join('\n');
  const html = toHtml(render(attack).tree);

  it.each([
    ['no <script>', /<script/i],
    ['no event handler attribute', /\son[a-z]+=/i],
    ['no javascript: URL', /javascript:/i],
    ['no data: URL', /data:text/i],
    ['no <style> element or its CSS', /<style|display: none/i],
    ['no inline style', /style=/i],
    ['no iframe, object, svg or form', /<(iframe|object|svg|math|form|button)/i],
  ])('%s', (_name, pattern) => {
    expect(html).not.toMatch(pattern);
  });

  it('keeps the harmless parts: images, link text, tables, details', () => {
    const kept = toHtml(
      render('<img src="/images/a.png" alt="slide" width="300">\n\n<details><summary>More</summary>\n\nHidden\n\n</details>\n\n| a | b |\n|---|---|\n| 1 | 2 |\n').tree,
    );
    expect(kept).toContain('<img src="/images/a.png" alt="slide" width="300" decoding="async">');
    expect(kept).toContain('<details><summary>More</summary>');
    expect(kept).toContain('<table>');
  });
});

describe('Hugo references to the page itself', () => {
  const templates = { siteUrl: 'https://notes.example.org', basePath: '', siteTitle: 'confnotes', resolvePost: () => undefined, liquid: false };
  it.each([
    ['a heading that exists: a link, no finding', '## Some heading\n\n[up]({{< relref "#some-heading" >}})', '<a href="#some-heading">up</a>', []],
    [
      'a heading that does not exist: a warning, never an error that stops the build',
      '## Some heading\n\n[up]({{< ref "#nowhere" >}})',
      '<a href="#nowhere">up</a>',
      [{ severity: 'warning', line: 3, message: 'link to "#nowhere": no element on this page has that id' }],
    ],
  ])('%s', (_case, markdown, link, findings) => {
    const rendered = renderMarkdown(markdown, { labels, templates });
    expect(toHtml(rendered.tree)).toContain(link);
    expect(rendered.findings).toEqual(findings);
  });
});
