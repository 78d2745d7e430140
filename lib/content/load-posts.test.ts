import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPosts, type LoadOptions } from './load-posts';
import { formatProblem } from './problems';

const projectRoot = path.resolve(__dirname, '../..');
const fixture = (name: string, overrides: Partial<LoadOptions> = {}) =>
  loadPosts({
    contentDir: path.join(__dirname, 'fixtures', name),
    projectRoot,
    publicDir: path.join(projectRoot, 'public'),
    site: { url: 'https://notes.example.org', basePath: '', title: 'confnotes' },
    includeDrafts: false,
    uiLanguage: 'en',
    ...overrides,
  });

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
    expect(posts.find((post) => post.slug === 'hugo-style')?.comments).toBe(false);
  });
});
