import { readFileSync } from 'node:fs';
import path from 'node:path';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { READER_HOOKS } from '../reader/hooks';
import { speculationRules } from './speculation-rules';
import { ExportShapeError, rewriteExportedPage } from './strip-runtime';

/* Pages exactly as `next build` (16.4, Turbopack) exported them: the shape this step knows. */
const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, 'fixtures', 'next-16.4', name), 'utf8');
const READER = '/_confnotes/reader.TEST.js';

function scriptsOf(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
}

/** The page's <main>, serialised the same way whatever wrote it (React or rehype). */
function mainContent(html: string): string {
  const processor = unified().use(rehypeParse, { fragment: true }).use(rehypeStringify);
  const main = /<main id="main">[\s\S]*<\/main>/.exec(html)?.[0];
  if (main === undefined) throw new Error('the page has no <main id="main">');
  return processor.stringify(processor.parse(main));
}

function speculationRulesOf(html: string): unknown {
  const json = /<script type="speculationrules">([^<]*)<\/script>/.exec(html)?.[1];
  return json === undefined ? undefined : JSON.parse(json);
}

describe('rewriteExportedPage on real Next.js 16 exports', () => {
  it.each([
    ['post.html', true],
    ['home.html', false],
    ['404.html', false],
  ])('%s: no framework script, preload or payload is left; Speculation Rules always, the reader script only where it has work', (name, withReader) => {
    const source = fixture(name);
    expect(source).toContain('self.__next_f');
    const { html, hasReaderScript } = rewriteExportedPage(source, { file: name, basePath: '', readerScript: READER });
    expect(scriptsOf(html)).toEqual([
      '<script type="speculationrules">',
      ...(withReader ? [`<script type="module" src="${READER}">`] : []),
    ]);
    expect(hasReaderScript).toEqual(withReader);
    expect(html).not.toMatch(/__next_f|TURBOPACK|_next\/static\/chunks\/[^"]+\.js|rel="preload"|<!--\$-->|<div hidden/);
    expect(speculationRulesOf(html)).toEqual(speculationRules(''));
    // The page itself is untouched: its stylesheet, title and content.
    expect(html).toMatch(/<link rel="stylesheet" href="\/_next\/static\/chunks\/[^"]+\.css"/);
    expect(mainContent(html)).toEqual(mainContent(source.replace(/<!--(?:\$|\/\$| )-->/g, '')));
  });

  it('recognises the runtime under a base path, and points Speculation Rules there', () => {
    const source = fixture('home.html').replace(/"\/_next\//g, '"/notes/_next/');
    const { html } = rewriteExportedPage(source, { file: 'index.html', basePath: '/notes', readerScript: '/notes/_confnotes/reader.TEST.js' });
    expect(scriptsOf(html)).toEqual(['<script type="speculationrules">']);
    expect(speculationRulesOf(html)).toEqual(speculationRules('/notes'));
  });

  it('keeps JSON-LD, which runs no code', () => {
    const source = fixture('home.html').replace('</head>', '<script type="application/ld+json">{"@type":"Blog"}</script></head>');
    const { html } = rewriteExportedPage(source, { file: 'index.html', basePath: '', readerScript: READER });
    expect(html).toContain('<script type="application/ld+json">{"@type":"Blog"}</script>');
  });
});

describe('rewriteExportedPage gives the reader script to a page with something for it to do', () => {
  const home = fixture('home.html');
  const withMarkup = (markup: string) => rewriteExportedPage(home.replace('</main>', `${markup}</main>`), { file: 'index.html', basePath: '', readerScript: READER });
  const hookMarkup = {
    sessionList: '<nav data-session-list=""></nav>',
    headingAnchor: '<h2 id="a">A <a class="anchor-icon heading-anchor" href="#a">#</a></h2>',
    copyNotice: '<p data-copied-label="Copied"></p>',
    codeBlock: '<article class="post-body"><div><pre><code>x</code></pre></div></article>',
    videoFacade: '<div class="video-embed" data-youtube-id="abc"></div>',
    comments: '<section data-disqus-shortname="blog"></section>',
    talkFilter: '<input data-talk-filter="">',
    siteSearch: '<form data-site-search=""></form>',
  } satisfies Record<keyof typeof READER_HOOKS, string>;

  it.each(Object.entries(hookMarkup))('%s', (_hook, markup) => {
    expect(withMarkup(markup).hasReaderScript).toEqual(true);
    expect(scriptsOf(withMarkup(markup).html)).toEqual(['<script type="speculationrules">', `<script type="module" src="${READER}">`]);
  });

  it.each([
    ['a code block outside a post', '<pre><code>x</code></pre>'],
    ['a video without its id', '<div class="video-embed"></div>'],
    ['a class that only starts like a hook', '<a class="heading-anchor-like" href="#a">#</a>'],
  ])('not for %s', (_case, markup) => {
    expect(withMarkup(markup).hasReaderScript).toEqual(false);
  });
});

describe('rewriteExportedPage fails the build when the export changed shape', () => {
  const home = fixture('home.html');
  it.each([
    ['an inline script it does not know', home.replace('</body>', '<script>window.__NEXT_DATA__={}</script></body>'), 'unexpected inline script <script>window.__NEXT_DATA__={}</script>'],
    ['a script from elsewhere', home.replace('</head>', '<script src="/static/runtime.js"></script></head>'), 'unexpected script <script src="/static/runtime.js">'],
    ['runtime scripts but no payload', home.replace(/<script>self\.__next_f[\s\S]*?<\/script>|<script>\(self\.__next_f[\s\S]*?<\/script>/g, ''), 'found 6 /_next/ script(s) and 0 inline payload script(s), expected at least one of each'],
    ['no runtime at all', home.replace(/<script[\s\S]*?<\/script>/g, ''), 'found 0 /_next/ script(s) and 0 inline payload script(s), expected at least one of each'],
    ['a client-rendering bailout', home.replace('<main id="main">', '<main id="main"><template data-dgst="BAILOUT_TO_CLIENT_SIDE_RENDERING"></template>'), 'the page bails out to client-side rendering (<template data-dgst="BAILOUT_TO_CLIENT_SIDE_RENDERING">), so its content needs the runtime'],
    ['no document', '<p>fragment</p>'.replace('<p>', '<frameset><p>'), 'no <head> and <body>'],
  ])('%s: an error naming the page', (_case, source, problem) => {
    expect(() => rewriteExportedPage(source, { file: 'out/index.html', basePath: '', readerScript: READER })).toThrow(
      new ExportShapeError('out/index.html', problem),
    );
  });
});
