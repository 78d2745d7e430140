import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentSite, loadPosts, type LoadOptions } from './load-posts';
import { formatProblem } from './problems';

const projectRoot = path.resolve(__dirname, '../..');
const fixtureOptions = (name: string, overrides: Partial<LoadOptions> = {}): LoadOptions => ({
  contentDir: path.join(__dirname, 'fixtures', name),
  projectRoot,
  publicDir: path.join(projectRoot, 'public'),
  site: { url: 'https://notes.example.org', basePath: '', title: 'confnotes' },
  includeDrafts: false,
  uiLanguage: 'en',
  ...overrides,
});
const fixture = (name: string, overrides: Partial<LoadOptions> = {}) => loadPosts(fixtureOptions(name, overrides));

describe('loadPosts on broken content', () => {
  it('reports one line per problem, naming each file, and still loads the good posts', async () => {
    const { posts, problems } = await fixture('broken');
    expect(posts.map((post) => post.title).sort()).toEqual(['First at this address', 'Old comment service', 'Second at this address']);
    const lines = problems.map(formatProblem);
    const dir = 'lib/content/fixtures/broken';
    expect(lines).toEqual([
      `${dir}/bad-toml.md:4:13: error: front matter is not valid TOML: Invalid TOML document: expected comma or end of structure`,
      `${dir}/bad-yaml.md:3:24: error: front matter is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]`,
      `${dir}/duoshuo.md:3: warning: front matter key "comments": "duoshuo" is not a supported comment service (only disqus); comments are off for this post`,
      `${dir}/impossible-date.md:3: error: front matter key "date": expected a real date such as 2019-11-30 or '2019-11-30 10:00:00 +0800', got "2019-13-45"`,
      `${dir}/keywords-number.md:3: error: front matter key "keywords": expected a comma-separated string or a list of keywords, got number 42`,
      `${dir}/talks-permalink.md:3: error: front matter key "permalink": is published at /talks/, where the site has the talk index; give it another permalink or file name`,
      `${dir}/same-url-permalink.md: error: is published at /2019/11/30/same-url.html, where ${dir}/2019-11-30-same-url.md is published too (/2019/11/30/same-url.html); give one of them another permalink or file name`,
    ]);
  });
});

describe('two posts at one address', () => {
  it('are found by their route as the first of them, as a scan would find it', async () => {
    const site = await ContentSite.load(fixtureOptions('broken'));
    const claimants = site.sources.filter((source) => source.address.routeSegments.join('/') === '2019/11/30/same-url');
    expect(claimants.length).toEqual(2);
    expect(site.sourceAt('2019/11/30/same-url')?.file).toEqual(claimants[0]?.file);
    expect(site.postSequence().indexOf.get('/2019/11/30/same-url.html')).toEqual(site.postSequence().sources.findIndex((source) => source.file === claimants[0]?.file));
  });
});

describe('loadPosts on valid content', () => {
  it('publishes each post at its Jekyll address, newest first, drafts left out', async () => {
    const { posts, problems } = await fixture('valid');
    expect(problems).toEqual([]);
    expect(posts.map((post) => [post.urlPath, post.routeSegments.join('/')])).toEqual([
      ['/2023/06/06/hugo-style.html', '2023/06/06/hugo-style'],
      ['/2021/03/04/hidden.html', '2021/03/04/hidden'],
      ['/talks/2020/permalink/', 'talks/2020/permalink/index'],
      ['/notes/no-front-matter.html', 'notes/no-front-matter'],
    ]);
  });

  it('hands out the same posts on every call, so what pages derive from them is derived once per build', async () => {
    const site = await ContentSite.load(fixtureOptions('valid'));
    const first = site.all();
    const second = site.all();
    expect(second.posts.map((post, index) => post === first.posts[index])).toEqual(first.posts.map(() => true));
    expect(second.posts.length).toEqual(4);
  });

  it('finds a post by its route segments, and its place among the posts, as the build asks for them on every page', async () => {
    const site = await ContentSite.load(fixtureOptions('valid'));
    const { posts } = site.all();
    expect(posts.map((post) => site.sourceAt(post.routeSegments.join('/'))?.address.urlPath)).toEqual(posts.map((post) => post.urlPath));
    expect(site.sourceAt('2023/06/06/no-such-post')).toEqual(undefined);
    expect(posts.map((post) => site.postSequence().indexOf.get(post.urlPath))).toEqual([0, 1, 2, 3]);
    expect(site.postSequence().sources.map((source) => source.address.urlPath)).toEqual(posts.map((post) => post.urlPath));
  });

  it('lists drafts (published: false, draft: true, _drafts/) when asked, as `next dev` does', async () => {
    const { posts } = await fixture('valid', { includeDrafts: true });
    const drafts = posts.filter((post) => post.draft).map((post) => post.title);
    expect(drafts.sort()).toEqual(['Draft flag', 'In the drafts folder', 'Unpublished']);
  });

  it('reads TOML front matter with blank lines and keeps the author’s calendar day', async () => {
    const { posts } = await fixture('valid');
    const hugo = posts.find((post) => post.slug === 'hugo-style');
    expect(hugo).toMatchObject({
      title: 'KubeCon EU 2023 notes',
      tags: ['kubernetes', 'cloud native'],
      keywords: ['k8s', 'CNCF'],
      lang: 'en',
      date: { isoDate: '2023-06-06', dateTime: '2023-06-06T09:30:00+02:00' },
    });
  });

  it('takes the title of a post without front matter from its first # heading, shown once', async () => {
    const { posts } = await fixture('valid');
    const post = posts.find((candidate) => candidate.slug === 'no-front-matter');
    expect(post?.title).toBe('第一天的笔记');
    expect(post?.date).toBeUndefined();
    expect(post?.html).not.toContain('第一天的笔记');
  });

  it('maps index, comments and Jekyll keys; ignores layout and unknown keys', async () => {
    const { posts } = await fixture('valid');
    const hidden = posts.find((post) => post.slug === 'hidden');
    expect(hidden).toMatchObject({ index: false, comments: true, tags: ['flink', 'streaming'], categories: [], description: undefined });
    const permalink = posts.find((post) => post.slug === 'permalink');
    expect(permalink).toMatchObject({ index: true, comments: true });
    // Without a comments key, site.config.ts's commentsByDefault decides.
    expect(posts.find((post) => post.slug === 'hugo-style')?.comments).toBeUndefined();
  });
});

describe('loadPosts on what Jekyll, Hugo and Hexo publish', () => {
  const load = (overrides: Partial<LoadOptions> = {}) => fixture('generators', { addressing: { permalink: '/:categories/:year/:month/:day/:title:output_ext', timeZone: 'Asia/Tokyo' }, ...overrides });
  const dir = 'lib/content/fixtures/generators';

  it('publishes posts at the site’s permalink, pages at their path, and warns of broken drafts and loose HTML without failing', async () => {
    const { posts, pages, problems } = await load();
    expect(posts.map((post) => [post.file, post.urlPath])).toEqual([
      [`${dir}/jsconf-jp-2023.md`, '/2023/11/19/jsconf-jp-2023.html'],
      [`${dir}/posts/kubecon-eu-2023/index.md`, '/2023/04/18/kubecon-eu-2023.html'],
      [`${dir}/posts/fosdem.md`, '/2023/02/04/fosdem.html'],
      [`${dir}/2020-01-15-kafka-summit.html`, '/conference/2020/01/15/kafka-summit.html'],
    ]);
    expect(pages.map((page) => [page.title, page.urlPath])).toEqual([
      ['About', '/about.html'],
      ['Contact', '/contact/'],
    ]);
    expect(problems.map(formatProblem)).toEqual([
      `${dir}/_drafts/broken.md:3:12: warning: front matter is not valid YAML: Missing closing "quote (a draft, so it is left out of the build; fix it before publishing it)`,
      `${dir}/unpublished-broken.md:3:12: warning: front matter is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ] (a draft, so it is left out of the build; fix it before publishing it)`,
      `${dir}/fragment.html: warning: is an HTML file without front matter: not a post, and not published (a post needs front matter between --- lines; files to publish as they are go in public/)`,
      `${dir}/2020-01-15-kafka-summit.html:9: warning: a <script> (https://platform.twitter.com/widgets.js) was removed: posts never run script in a reader's browser`,
    ]);
  });

  it('reads a quoted title continued on an unindented line, as Hugo does', async () => {
    const { posts } = await load();
    expect(posts.find((post) => post.slug === 'kubecon-eu-2023')?.title).toBe('KubeCon Europe 2023');
  });

  it('resolves Hugo refs to a page bundle by folder name and by path, and to a page', async () => {
    const { posts } = await load();
    const links = [...(posts.find((post) => post.slug === 'fosdem')?.html ?? '').matchAll(/href="([^"]*)"/g)].map((match) => match[1]);
    expect(links).toEqual(['/2023/04/18/kubecon-eu-2023.html', '/2023/04/18/kubecon-eu-2023.html#day-1-keynotes', '/contact/']);
  });

  it('publishes every file of a bundle or Hexo asset folder beside the page, and resolves images there', async () => {
    const { posts } = await load();
    const assets = (slug: string) => posts.find((post) => post.slug === slug)?.assets.map((asset) => [path.relative(projectRoot, asset.from), asset.to]);
    expect(assets('kubecon-eu-2023')).toEqual([
      [`${dir}/posts/kubecon-eu-2023/stage.png`, '/2023/04/18/stage.png'],
      [`${dir}/posts/kubecon-eu-2023/slides.pdf`, '/2023/04/18/slides.pdf'],
    ]);
    expect(assets('jsconf-jp-2023')).toEqual([[`${dir}/jsconf-jp-2023/hall.png`, '/2023/11/19/hall.png']]);
    const jsconf = posts.find((post) => post.slug === 'jsconf-jp-2023')?.html ?? '';
    expect([...jsconf.matchAll(/<img[^>]*>/g)].map((match) => match[0].replace(/ (loading|decoding)="[^"]*"/g, ''))).toEqual([
      '<img src="hall.png" alt="メインホール" title="メインホール" width="50" height="50">',
      '<img src="hall.png" alt="ステージ" width="50" height="50">',
    ]);
  });

  it('renders an .html post as HTML: Liquid expanded, talks found, script removed', async () => {
    const { posts } = await load();
    const kafka = posts.find((post) => post.slug === 'kafka-summit');
    expect(kafka?.outline.kind).toBe('conference');
    expect(kafka?.html).toContain('Kafka without ZooKeeper, at confnotes.');
    expect(kafka?.html).not.toContain('<script');
  });

  it('reads a date without offset as the site time zone’s local time', async () => {
    const { posts } = await load({ addressing: { timeZone: 'America/Los_Angeles' } });
    expect(posts.find((post) => post.slug === 'jsconf-jp-2023')?.date?.dateTime).toBe('2023-11-19T10:00:00-08:00');
  });
});
