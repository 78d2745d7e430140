import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { inTimeZone, parsePostDate } from '../content/dates';
import { expandPermalink } from '../content/permalink';
import { listFiles, mapOf, matchesPattern, readConfigFile, readFrontMatter, startsWithFrontMatter, stringOf, stringsOf } from './old-site-files';
import type { ContentEntry, ImportNote, ImportPlan, OldFeed, PlannedAddress, StaticFile } from './plan';

/*
 * Hexo: what a Hexo site's folder publishes, by Hexo's rules
 * (hexo.io/docs): posts under source/_posts (with their asset folders when
 * post_asset_folder is on), drafts under source/_drafts, pages (Markdown
 * and files with front matter elsewhere in source/), every other file of
 * source/ and of the theme's source/ copied as it is.
 */

const POST_FILE = /\.(md|markdown|html?)$/i;
const MARKDOWN = /\.(md|markdown|mkd|mkdn|mdwn|mdown)$/i;
/** Files Hexo renders with a template engine confnotes does not have. */
const OTHER_RENDERED = /\.(ejs|swig|njk|nunjucks|pug|jade|hbs|handlebars|styl|less|sass|scss)$/i;

export function readHexoConfig(root: string): Record<string, unknown> {
  return readConfigFile(path.join(root, '_config.yml'));
}

function sourceFolder(config: Record<string, unknown>): string {
  return stringOf(config.source_dir) ?? 'source';
}

export function isHexoSite(root: string): boolean {
  return existsSync(path.join(root, '_config.yml')) && existsSync(path.join(root, sourceFolder(readHexoConfig(root)), '_posts'));
}

/** hexo-util's slugize: whitespace and punctuation runs become '-', case and letters of any script stay. */
export function hexoSlugize(text: string): string {
  return text
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, '')
    .replace(/[\s~`!@#$%^&*()\-_+=[\]{}|\\;:"'<>,.?/]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The theme's own config: `_config.<theme>.yml` at the root wins over the theme folder's `_config.yml`. */
function themeConfig(root: string, theme: string | undefined): Record<string, unknown> {
  if (theme === undefined) return {};
  const candidates = [path.join(root, `_config.${theme}.yml`), path.join(root, 'themes', theme, '_config.yml')];
  const file = candidates.find((candidate) => existsSync(candidate));
  return file ? readConfigFile(file) : {};
}

/** Reads a Hexo site's folder into an import plan. */
export function planHexo(root: string): ImportPlan {
  const config = readHexoConfig(root);
  const notes: ImportNote[] = [];
  const source = sourceFolder(config);
  const url = stringOf(config.url);
  const rootPath = (stringOf(config.root) ?? '/').replace(/\/+$/, '');
  const timeZone = stringOf(config.timezone) ?? 'UTC';
  const permalink = `/${(stringOf(config.permalink) ?? ':year/:month/:day/:title/').replace(/^\/+/, '')}`;
  const assetFolders = config.post_asset_folder === true;
  const skipRender = stringsOf(config.skip_render);
  const theme = stringOf(config.theme);
  const packageFile = path.join(root, 'package.json');
  const dependencies = existsSync(packageFile) ? Object.keys(mapOf(readConfigFile(packageFile), 'dependencies')) : [];

  const files = listFiles(path.join(root, source), (_relative, name) => name.startsWith('.') || name === 'node_modules');
  const postFiles = files.filter((file) => /^_(posts|drafts)\//.test(file) && POST_FILE.test(file));
  const folders = new Set(assetFolders ? postFiles.map((file) => file.replace(POST_FILE, '')) : []);
  const inAssetFolder = (file: string) => [...folders].some((folder) => file.startsWith(`${folder}/`));

  const entries: ContentEntry[] = [];
  const statics: StaticFile[] = [];
  const generated: PlannedAddress[] = [];
  for (const file of files) {
    const absolute = path.join(root, source, file);
    const name = path.posix.basename(file);
    if (/^_(posts|drafts)\//.test(file)) {
      if (inAssetFolder(file)) continue;
      if (!POST_FILE.test(name)) {
        notes.push({ file: `${source}/${file}`, message: assetFolders ? 'is beside the posts but in no post’s asset folder: not carried over' : 'is not a post (and post_asset_folder is off): not carried over' });
        continue;
      }
      const text = readFileSync(absolute, 'utf8');
      const matter = readFrontMatter(text, file);
      const draft = file.startsWith('_drafts/') || matter.data.published === false;
      const inPosts = file.replace(/^_(posts|drafts)\//, '');
      const title = inPosts.replace(POST_FILE, '');
      const pins: Record<string, string> = {};
      let written = typeof matter.data.date === 'string' ? parsePostDate(matter.data.date) : undefined;
      if (written === undefined && !draft) {
        // Hexo dates a post without date by its file; the copy must keep that date, not the day it was made.
        const modified = statSync(absolute).mtime;
        written = parsePostDate(modified.toISOString());
        if (written) pins.date = `${written.isoDate} ${String(written.hour).padStart(2, '0')}:${String(written.minute).padStart(2, '0')}:${String(written.second).padStart(2, '0')} +0000`;
      }
      const date = written && inTimeZone(written, timeZone);
      const own = stringOf(matter.data.permalink);
      const expanded = own !== undefined ? { ok: true as const, urlPath: `/${own.replace(/^\/+/, '')}` } : expandPermalink(permalink.replace(/:(name|post_title)\b/g, ':title'), { slug: title, date });
      const folder = file.replace(POST_FILE, '');
      entries.push({
        file: `${source}/${file}`,
        target: file.startsWith('_drafts/') ? file : inPosts,
        kind: 'post',
        text,
        oldAddress: draft || !expanded.ok ? undefined : expanded.urlPath,
        title: stringOf(matter.data.title),
        draft,
        folder: folders.has(folder) && existsSync(path.join(root, source, folder)) ? { file: `${source}/${folder}`, target: folder.replace(/^_(posts|drafts)\//, file.startsWith('_drafts/') ? '_drafts/' : '') } : undefined,
        pins,
      });
      continue;
    }
    if (file.split('/').some((segment) => segment.startsWith('_'))) continue;
    const bytes = readFileSync(absolute);
    const skipped = skipRender.some((pattern) => matchesPattern(file, pattern));
    const isPage = !skipped && (MARKDOWN.test(name) || (POST_FILE.test(name) && startsWithFrontMatter(bytes)));
    if (isPage) {
      const text = bytes.toString('utf8');
      const matter = readFrontMatter(text, file);
      const stem = file.replace(POST_FILE, '');
      const own = stringOf(matter.data.permalink);
      const address = own !== undefined ? `/${own.replace(/^\/+/, '')}` : stem === 'index' || stem.endsWith('/index') ? `/${stem.slice(0, -'index'.length)}` : `/${stem}.html`;
      if (stem === 'index') {
        generated.push({ address: '/', kind: 'home', file: `${source}/${file}` });
        continue;
      }
      if (stem === '404') {
        generated.push({ address: '/404.html', kind: 'not-found', file: `${source}/${file}` });
        continue;
      }
      entries.push({ file: `${source}/${file}`, target: `_pages/${file}`, kind: 'page', text, oldAddress: address, title: stringOf(matter.data.title), draft: false, pins: {} });
    } else if (!skipped && OTHER_RENDERED.test(name)) {
      notes.push({ file: `${source}/${file}`, message: 'is a template Hexo rendered; confnotes does not render it' });
    } else {
      statics.push({ file: `${source}/${file}`, address: `/${file}`, origin: 'site' });
    }
  }
  if (theme !== undefined) {
    for (const file of listFiles(path.join(root, 'themes', theme, 'source'), (_relative, name) => name.startsWith('.') || name.startsWith('_'))) {
      if (OTHER_RENDERED.test(file)) continue;
      if (!statics.some((entry) => entry.address === `/${file}`)) statics.push({ file: `themes/${theme}/source/${file}`, address: `/${file}`, origin: 'theme' });
    }
  }

  // Lists: the home page and its pages, archives, tags and categories (hexo-generator-*).
  const published = entries.filter((entry) => entry.kind === 'post' && !entry.draft);
  const perPage = (value: unknown) => (typeof value === 'number' ? value : typeof config.per_page === 'number' ? config.per_page : 10);
  const pagination = stringOf(config.pagination_dir) ?? 'page';
  const addList = (address: string, count: number, size: number) => {
    generated.push({ address, kind: address === '/' ? 'home' : 'listing' });
    for (let page = 2; size > 0 && page <= Math.ceil(count / size); page += 1) generated.push({ address: `${address}${pagination}/${page}/`, kind: 'listing' });
  };
  if (dependencies.includes('hexo-generator-index')) addList('/', published.length, perPage(mapOf(config, 'index_generator').per_page));
  if (dependencies.includes('hexo-generator-archive')) {
    const archives = `/${stringOf(config.archive_dir) ?? 'archives'}/`;
    addList(archives, published.length, perPage(mapOf(config, 'archive_generator').per_page));
    const months = new Set<string>();
    for (const entry of published) {
      const year = /^\/(\d{4})\/(\d{2})\//.exec(entry.oldAddress ?? '');
      if (year) months.add(`${year[1]}/${year[2]}`);
    }
    for (const month of months) {
      generated.push({ address: `${archives}${month.slice(0, 4)}/`, kind: 'listing' }, { address: `${archives}${month}/`, kind: 'listing' });
    }
  }
  for (const [taxonomy, generator, folder] of [
    ['tags', 'hexo-generator-tag', stringOf(config.tag_dir) ?? 'tags'],
    ['categories', 'hexo-generator-category', stringOf(config.category_dir) ?? 'categories'],
  ] as const) {
    if (!dependencies.includes(generator)) continue;
    const terms = new Map<string, number>();
    for (const entry of published) for (const term of stringsOf(readFrontMatter(entry.text, entry.file).data[taxonomy], /\s*,\s*/)) terms.set(hexoSlugize(term), (terms.get(hexoSlugize(term)) ?? 0) + 1);
    for (const [slug, count] of terms) addList(`/${folder}/${slug}/`, count, perPage(mapOf(config, `${taxonomy === 'tags' ? 'tag' : 'category'}_generator`).per_page));
  }

  const feeds: OldFeed[] = [];
  if (dependencies.includes('hexo-generator-feed')) {
    const feed = mapOf(config, 'feed');
    const types = stringsOf(feed.type).length > 0 ? stringsOf(feed.type) : ['atom'];
    const paths = stringsOf(feed.path);
    types.forEach((type, index) => {
      const feedPath = `/${(paths[index] ?? (type === 'rss2' ? 'rss2.xml' : 'atom.xml')).replace(/^\/+/, '')}`;
      feeds.push({ path: feedPath, format: type === 'rss2' ? 'rss' : 'atom' });
      generated.push({ address: feedPath, kind: 'feed' });
    });
  }
  if (dependencies.includes('hexo-generator-sitemap')) generated.push({ address: '/sitemap.xml', kind: 'sitemap' });

  const themed = themeConfig(root, theme);
  const disqus = mapOf(themed, 'disqus');
  const shortname = stringOf(config.disqus_shortname) ?? stringOf(themed.disqus_shortname) ?? stringOf(disqus.shortname);
  let identifier: ImportPlan['settings']['disqusIdentifier'];
  if (shortname !== undefined && theme !== undefined) {
    const templates = listFiles(path.join(root, 'themes', theme, 'layout')).map((file) => readFileSync(path.join(root, 'themes', theme, 'layout', file), 'utf8'));
    const assignment = templates.map((text) => /(?:this\.page\.identifier|disqus_identifier)\s*=\s*([^;\n]+)/.exec(text)?.[1]).find((found) => found !== undefined);
    if (assignment === undefined) identifier = 'none';
    else if (/page\.path/.test(assignment)) {
      // Hexo's themes name the thread by the post's path without its leading slash: each post keeps it as its disqus_identifier.
      for (const entry of entries) if (entry.kind === 'post' && entry.oldAddress !== undefined) entry.pins.disqus_identifier = entry.oldAddress.replace(/^\//, '');
      identifier = 'address';
    } else if (/permalink|url/.test(assignment)) identifier = 'url';
  }
  const language = stringsOf(config.language)[0];
  const sitePermalink = permalink.replace(/:(name|title)\b/g, ':slug');
  return {
    generator: 'hexo',
    root,
    settings: {
      title: stringOf(config.title),
      description: stringOf(config.description) ?? stringOf(config.subtitle),
      author: stringOf(config.author),
      baseUrl: url !== undefined && URL.canParse(url) ? new URL(url).origin : undefined,
      basePath: rootPath,
      defaultLanguage: language === 'default' ? undefined : language,
      timeZone,
      // Hexo's :title and :name are the post's file name, confnotes's :slug; a pattern with :category or :id stays out (each post keeps its own address).
      permalink: expandPermalink(sitePermalink, { slug: 'x', date: parsePostDate('2019-11-30') }).ok ? sitePermalink : undefined,
      disqusShortname: shortname,
      disqusIdentifier: identifier,
      // A Hexo post has comments unless its front matter says `comments: false`.
      commentsByDefault: true,
      // hexo-generator-feed names entries by their permalink.
      feedEntryIds: 'address',
      pageSize: perPage(mapOf(config, 'index_generator').per_page),
      feeds,
    },
    entries,
    statics,
    generated,
    templated: [],
    notes,
  };
}
