import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { resolveSiteConfig, siteConfigSchema } from '../site-config-schema';
import { ImportError, importSite } from './import-site';

const projectRoot = path.resolve(__dirname, '../..');
const fixture = (name: string) => path.join(__dirname, 'fixtures', name);
const projects: string[] = [];

/** A new project as `git clone` gives it: the sample post and the shipped site.config.ts. */
function newProject(): string {
  const project = mkdtempSync(path.join(tmpdir(), 'confnotes-import-test-'));
  projects.push(project);
  cpSync(path.join(projectRoot, 'content'), path.join(project, 'content'), { recursive: true });
  cpSync(path.join(projectRoot, 'public'), path.join(project, 'public'), { recursive: true });
  cpSync(path.join(projectRoot, 'site.config.ts'), path.join(project, 'site.config.ts'));
  // The written site.config.ts imports its type from the project's lib/.
  mkdirSync(path.join(project, 'lib'));
  writeFileSync(path.join(project, 'lib', 'site-config-schema.ts'), 'export type SiteConfigInput = unknown;\n');
  return project;
}

async function writtenConfig(project: string) {
  // A query of its own: the import read the project's first site.config.ts, and modules are cached by address.
  const module: unknown = await import(`${pathToFileURL(path.join(project, 'site.config.ts')).href}?written`);
  const input = module !== null && typeof module === 'object' && 'default' in module ? module.default : undefined;
  return resolveSiteConfig(siteConfigSchema.parse(input), {});
}

afterEach(() => {
  for (const project of projects.splice(0)) rmSync(project, { recursive: true, force: true });
});

describe('importSite, by the old generator’s rules alone', () => {
  it('moves a Jekyll blog: posts and pages into content/, files into public/, settings into site.config.ts, every address into the report', async () => {
    const project = newProject();
    const result = await importSite({ oldSite: fixture('jekyll-site'), project, replace: false, reference: 'off' });
    expect(existsSync(path.join(project, 'content', '2019-11-30-flink-forward-asia.md'))).toBe(true);
    expect(existsSync(path.join(project, 'content', '_pages', 'contact', 'index.html'))).toBe(true);
    expect(readFileSync(path.join(project, 'public', 'slides', 'kafka.pdf'))).toEqual(readFileSync(path.join(fixture('jekyll-site'), 'slides', 'kafka.pdf')));
    // The category folder above _posts made the address; confnotes keeps it as the post's permalink.
    expect(readFileSync(path.join(project, 'content', 'talks', '2022-06-01-kubecon-china.md'), 'utf8')).toContain('permalink: "/talks/2022/06/01/kubecon-cn.html"');
    expect(await writtenConfig(project)).toMatchObject({
      title: '会议笔记',
      baseUrl: 'https://notes.example.org',
      timeZone: 'Asia/Shanghai',
      permalink: '/:categories/:year/:month/:day/:title:output_ext',
      disqusShortname: 'jekyll-notes-fixture',
      disqusIdentifier: 'url',
      feeds: { atom: ['/atom.xml', '/feed.xml'], rss: [], entryIds: 'jekyll-post-id', more: [] },
      // jekyll-paginate's /pageN/ keeps its place in the list: paginate: 2 became pageSize: 2.
      pageSize: 2,
      redirects: { '/archive.html': '/', '/page2/': '/page/2/', '/page3/': '/page/3/' },
    });
    expect(result.answers.filter((answer) => answer.answer === 'missing').map((answer) => answer.address)).toEqual(['/assets/css/style.css']);
    const report = readFileSync(path.join(project, 'import-report.md'), 'utf8');
    for (const answer of result.answers) expect(report).toContain(`| \`${answer.address}\` |`);
    expect(report).toContain('`content/2020-01-15-kafka-summit.html:25: warning: a <script> (https://platform.twitter.com/widgets.js) was removed: posts never run script in a reader\'s browser`');
    expect(report).toContain('`assets/css/style.scss`: /assets/css/style.css: made by the old site\'s templates; only a build of the old site can carry it over (install jekyll and import again)');
  });

  it('moves a Hugo blog: bundles with their files, a page, the base path, every RSS feed', async () => {
    const project = newProject();
    const result = await importSite({ oldSite: fixture('hugo-site'), project, replace: false, reference: 'off' });
    expect(result.loaded.posts.map((post) => post.urlPath)).toEqual(['/2023/04/kubecon--cloudnativecon-europe-2023/', '/2023/03/generics-in-go/', '/2023/02/fosdem-2023/', '/talks/special/']);
    expect(result.loaded.pages.map((page) => page.urlPath)).toEqual(['/about/']);
    expect(existsSync(path.join(project, 'content', 'posts', 'kubecon-eu-2023', 'stage.jpg'))).toBe(true);
    const config = await writtenConfig(project);
    expect(config).toMatchObject({ basePath: '/blog', commentsByDefault: true, disqusIdentifier: 'none' });
    expect(config.feeds.rss).toEqual(['/index.xml', '/posts/index.xml', '/tags/index.xml', '/categories/index.xml']);
    expect(config.feeds.more.map((feed) => feed.path)).toContain('/tags/cloud-native/index.xml');
    expect(config.redirects['/tags/cloud-native/']).toBe('/keywords/cloud-native/');
    expect(result.answers.filter((answer) => answer.answer === 'missing')).toEqual([]);
  });

  it('moves a Hexo blog: asset folders beside their posts, threads named as the theme named them', async () => {
    const project = newProject();
    const result = await importSite({ oldSite: fixture('hexo-site'), project, replace: false, reference: 'off' });
    expect(existsSync(path.join(project, 'content', 'jsconf-jp-2023', 'hall.jpg'))).toBe(true);
    expect(readFileSync(path.join(project, 'content', 'jsconf-jp-2023.md'), 'utf8')).toContain('disqus_identifier: "2023/11/19/jsconf-jp-2023/"');
    expect(result.loaded.posts.find((post) => post.slug === 'jsconf-jp-2023')?.assets.map((asset) => asset.to).sort()).toEqual([
      '/2023/11/19/jsconf-jp-2023/hall.jpg',
      '/2023/11/19/jsconf-jp-2023/slides.pdf',
      '/2023/11/19/jsconf-jp-2023/stage.png',
    ]);
    expect(await writtenConfig(project)).toMatchObject({ timeZone: 'Asia/Tokyo', defaultLanguage: 'ja', uiLanguage: 'en', feeds: { atom: ['/atom.xml'], rss: [] } });
  });
});

describe('importSite into a project with posts of its own', () => {
  it('refuses without --replace, naming them, and writes nothing', async () => {
    const project = newProject();
    writeFileSync(path.join(project, 'content', 'my-notes.md'), '# Mine\n');
    await expect(importSite({ oldSite: fixture('hexo-site'), project, replace: false, reference: 'off' })).rejects.toThrow(
      new ImportError("content/ already holds posts (my-notes.md); run again with --replace to replace them with the old site's"),
    );
    expect(existsSync(path.join(project, 'import-report.md'))).toBe(false);
  });

  it('replaces them with --replace', async () => {
    const project = newProject();
    writeFileSync(path.join(project, 'content', 'my-notes.md'), '# Mine\n');
    await importSite({ oldSite: fixture('hexo-site'), project, replace: true, reference: 'off' });
    expect(existsSync(path.join(project, 'content', 'my-notes.md'))).toBe(false);
  });

  it('says what it expected of a folder that is no old site', async () => {
    const project = newProject();
    await expect(importSite({ oldSite: project, project, replace: false, reference: 'off' })).rejects.toThrow(/is not a site confnotes can import: expected Hexo \(_config.yml and source\/_posts\/\), or Hugo/);
  });
});
