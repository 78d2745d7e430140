import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parsePostDate, inTimeZone, type PostDate } from '../content/dates';
import { expandPermalink } from '../content/permalink';
import { lineOf, listFiles, mapOf, matchesPattern, readConfigFile, readFrontMatter, startsWithFrontMatter, stringOf, stringsOf } from './old-site-files';
import type { ContentEntry, ImportNote, ImportPlan, OldFeed, PlannedAddress, StaticFile } from './plan';

/*
 * Jekyll: what a Jekyll site's folder publishes, by Jekyll's own rules
 * (jekyllrb.com/docs): posts under any `_posts/` folder (the folders above
 * it are categories), drafts under `_drafts/`, pages (files with front
 * matter outside `_` folders), and every other file outside `_` and `.`
 * folders copied as it is.
 */

const CONFIG_FILES = ['_config.yml', '_config.yaml', '_config.toml'];

/** Files Jekyll never publishes, whatever the config says (jekyllrb.com/docs/configuration/options). */
const DEFAULT_EXCLUDES = ['.sass-cache', '.jekyll-cache', 'gemfiles', 'Gemfile', 'Gemfile.lock', 'node_modules', 'vendor/bundle', 'vendor/cache', 'vendor/gems', 'vendor/ruby', '_site'];

/** Jekyll's permalink styles. */
const PERMALINK_STYLES: Record<string, string> = {
  date: '/:categories/:year/:month/:day/:title:output_ext',
  pretty: '/:categories/:year/:month/:day/:title/',
  ordinal: '/:categories/:year/:y_day/:title:output_ext',
  weekdate: '/:categories/:year/W:week/:short_day/:title:output_ext',
  none: '/:categories/:title:output_ext',
};

/** Plugins whose output confnotes makes itself (or needs not make). */
const KNOWN_PLUGINS = new Set(['jekyll-feed', 'jekyll-paginate', 'jekyll-sitemap', 'jekyll-redirect-from', 'jekyll-seo-tag', 'jekyll-archives', 'jekyll-github-metadata', 'jekyll-relative-links', 'jekyll-optional-front-matter', 'jekyll-titles-from-headings', 'jekyll-default-layout', 'jekyll-readme-index', 'jekyll-remote-theme', 'jekyll-include-cache', 'jekyll-gist', 'jekyll-mentions', 'jemoji', 'jekyll-avatar', 'jekyll-coffeescript', 'jekyll-commonmark-ghpages', 'jekyll-last-modified-at', 'jekyll-toc']);

const LISTING = /\b(?:paginator\.|site\.posts\b|site\.tags\b|site\.categories\b|site\.related_posts\b)/;
const PAGE_EXTENSIONS = /\.(md|markdown|mkd|mkdn|mdown|html?)$/i;

export function isJekyllSite(root: string): boolean {
  return CONFIG_FILES.some((name) => existsSync(path.join(root, name))) && (existsSync(path.join(root, '_posts')) || listFiles(root, (_relative, name) => name.startsWith('.') || name === 'node_modules').some((file) => file.includes('_posts/')));
}

export function readJekyllConfig(root: string): Record<string, unknown> {
  const file = CONFIG_FILES.map((name) => path.join(root, name)).find((candidate) => existsSync(candidate));
  return file ? readConfigFile(file) : {};
}

/** Jekyll's `:slug`: the name lower-cased, every run of other characters one dash. */
function jekyllSlugify(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

interface PostFacts {
  date: PostDate | undefined;
  slug: string;
  categories: string[];
}

/** Where Jekyll publishes a post: its permalink (or the site's), its placeholders filled in as Jekyll fills them. */
function jekyllPostAddress(pattern: string, facts: PostFacts): string | undefined {
  const slugged = pattern.replace(/:slug\b/g, jekyllSlugify(facts.slug));
  const expanded = expandPermalink(slugged, { slug: facts.slug, date: facts.date, categories: facts.categories });
  return expanded.ok ? expanded.urlPath : undefined;
}

/** Where Jekyll publishes a page: its permalink, else its path (with .html, or as a folder when the site's permalinks end in '/'). */
function jekyllPageAddress(relative: string, permalink: string | undefined, pretty: boolean): string {
  const stem = relative.replace(PAGE_EXTENSIONS, '');
  const basename = path.posix.basename(stem);
  const folder = path.posix.dirname(relative) === '.' ? '' : `/${path.posix.dirname(relative)}`;
  if (permalink !== undefined) {
    return permalink.replace(/:path\b/g, folder.slice(1)).replace(/:basename\b/g, basename).replace(/:output_ext\b/g, '.html').replace(/\/{2,}/g, '/');
  }
  if (basename === 'index') return `${folder}/`;
  return pretty ? `${folder}/${basename}/` : `${folder}/${basename}.html`;
}

/** The address a templated file (a stylesheet, a feed) is published at: its permalink, else its path with the output's extension. */
function templatedAddress(relative: string, permalink: string | undefined): string {
  if (permalink !== undefined) return permalink;
  return `/${relative.replace(/\.(scss|sass)$/i, '.css').replace(/\.coffee$/i, '.js')}`;
}

/** Disqus's shortname and identifier as the site's includes and layouts set them. */
function disqusOfTemplates(root: string, config: Record<string, unknown>): { shortname: string | undefined; identifier: ImportPlan['settings']['disqusIdentifier']; everyPost: boolean } {
  const disqus = config.disqus;
  const comments = mapOf(config, 'comments');
  const shortname =
    stringOf(config.disqus_shortname) ??
    (typeof disqus === 'string' ? stringOf(disqus) : stringOf(mapOf(config, 'disqus').shortname)) ??
    stringOf(mapOf(comments, 'disqus').shortname);
  const allTemplates = ['_includes', '_layouts'].flatMap((folder) => listFiles(path.join(root, folder)).map((file) => readFileSync(path.join(root, folder, file), 'utf8')));
  const templates = allTemplates.filter((text) => /disqus/i.test(text));
  let fromTemplate: string | undefined;
  let identifier: ImportPlan['settings']['disqusIdentifier'] = templates.length > 0 ? 'none' : undefined;
  for (const text of templates) {
    fromTemplate ??= /disqus_shortname\s*=\s*['"]([\w-]+)['"]/.exec(text)?.[1] ?? /\/\/([\w-]+)\.disqus\.com\/embed\.js/.exec(text)?.[1];
    const assignment = /(?:this\.page\.identifier|disqus_identifier)\s*=\s*([^;\n]+)/.exec(text)?.[1];
    if (assignment === undefined) continue;
    if (/page\.id\b/.test(assignment)) identifier = 'jekyll-post-id';
    else if (/absolute_url|site\.url/.test(assignment)) identifier = 'url';
    else if (/page\.url/.test(assignment)) identifier = 'address';
  }
  // Themes that show comments only where a post says `comments: true` test page.comments.
  return { shortname: shortname ?? fromTemplate, identifier, everyPost: !allTemplates.some((text) => /page\.comments\b/.test(text)) };
}

/** Reads a Jekyll site's folder into an import plan. */
export function planJekyll(root: string): ImportPlan {
  const config = readJekyllConfig(root);
  const notes: ImportNote[] = [];
  const baseUrl = stringOf(config.url);
  const basePath = (stringOf(config.baseurl) ?? '').replace(/\/+$/, '');
  const timeZone = stringOf(config.timezone) ?? 'UTC';
  const permalinkSetting = stringOf(config.permalink) ?? 'date';
  const sitePattern = PERMALINK_STYLES[permalinkSetting] ?? (permalinkSetting.startsWith('/') ? permalinkSetting : `/${permalinkSetting}`);
  const pretty = sitePattern.endsWith('/');
  const plugins = [...stringsOf(config.plugins), ...stringsOf(config.gems)];
  const excludes = [...DEFAULT_EXCLUDES, ...stringsOf(config.exclude)];
  const includes = ['.htaccess', ...stringsOf(config.include)];
  const destination = stringOf(config.destination)?.replace(/^\.\//, '');
  if (destination) excludes.push(destination);
  for (const plugin of plugins.filter((name) => !KNOWN_PLUGINS.has(name))) notes.push({ file: '_config.yml', line: lineOf(readConfigText(root), new RegExp(`\\b${plugin}\\b`)), message: `the plugin ${plugin} is not run by confnotes: what it added to pages is not carried over` });
  if (existsSync(path.join(root, '_plugins'))) notes.push({ file: '_plugins', message: 'the site’s own Ruby plugins are not run by confnotes: tags and pages they made are not carried over' });
  for (const [name, settings] of Object.entries(mapOf(config, 'collections'))) {
    if (settings !== null && typeof settings === 'object' && 'output' in settings && settings.output === true) notes.push({ file: `_${name}`, message: `the collection "${name}" was published as pages; its documents are not carried over` });
  }

  // Jekyll reads no file or folder whose name starts with '_' or '.' (but _posts, the root's _drafts, and what `include` names).
  const hidden = (relative: string, name: string) => (name.startsWith('.') || name.startsWith('_')) && name !== '_posts' && relative !== '_drafts' && !includes.includes(name);
  const excluded = (relative: string) => excludes.some((pattern) => matchesPattern(relative, pattern));
  const files = listFiles(root, (relative, name) => hidden(relative, name) || excluded(relative)).filter((file) => !hidden(file, path.posix.basename(file)) && !excluded(file));

  const entries: ContentEntry[] = [];
  const statics: StaticFile[] = [];
  const generated: PlannedAddress[] = [];
  const templated: ImportPlan['templated'] = [];
  const feeds: OldFeed[] = [];
  let feedEntryIds: ImportPlan['settings']['feedEntryIds'];

  for (const file of files) {
    const segments = file.split('/');
    const name = segments[segments.length - 1] ?? file;
    const postsAt = segments.findIndex((segment) => segment === '_posts');
    const inDrafts = segments[0] === '_drafts';
    const bytes = readFileSync(path.join(root, file));
    if (postsAt !== -1 || inDrafts) {
      if (!PAGE_EXTENSIONS.test(name)) {
        if (!/^\./.test(name)) notes.push({ file, message: 'is not a Markdown or HTML post; Jekyll may have rendered it with a converter confnotes does not have' });
        continue;
      }
      const text = bytes.toString('utf8');
      const matter = readFrontMatter(text, file);
      const folderCategories = postsAt > 0 ? segments.slice(0, postsAt) : [];
      const categories = [...folderCategories, ...stringsOf(matter.data.categories), ...stringsOf(matter.data.category)];
      const named = /^(\d{4}-\d{1,2}-\d{1,2})-(.+)$/.exec(name.replace(PAGE_EXTENSIONS, ''));
      if (!inDrafts && !named) {
        notes.push({ file, message: 'is in _posts without a YYYY-MM-DD- date in its name: Jekyll did not publish it, and it is not carried over' });
        continue;
      }
      const slug = stringOf(matter.data.slug) ?? named?.[2] ?? name.replace(PAGE_EXTENSIONS, '');
      const writtenDate = typeof matter.data.date === 'string' ? parsePostDate(matter.data.date) : named?.[1] !== undefined ? parsePostDate(named[1]) : undefined;
      const date = writtenDate && inTimeZone(writtenDate, timeZone);
      const pattern = stringOf(matter.data.permalink) ?? sitePattern;
      const draft = inDrafts || matter.data.published === false;
      entries.push({
        file,
        target: inDrafts ? file : [...segments.slice(0, postsAt), ...segments.slice(postsAt + 1)].join('/'),
        kind: 'post',
        text,
        oldAddress: draft ? undefined : jekyllPostAddress(pattern, { date, slug, categories }),
        title: stringOf(matter.data.title),
        draft,
        pins: {},
      });
      continue;
    }
    if (!startsWithFrontMatter(bytes)) {
      statics.push({ file, address: `/${file}`, origin: 'site' });
      continue;
    }
    const text = bytes.toString('utf8');
    const matter = readFrontMatter(text, file);
    const permalink = stringOf(matter.data.permalink);
    if (!PAGE_EXTENSIONS.test(name)) {
      const address = templatedAddress(file, permalink);
      if (LISTING.test(matter.body) && /<feed\b/.test(matter.body)) {
        feeds.push({ path: address, format: 'atom' });
        feedEntryIds ??= /post\.id\b/.test(matter.body) ? 'jekyll-post-id' : 'address';
        generated.push({ address, kind: 'feed', file });
      } else if (LISTING.test(matter.body) && /<rss\b/.test(matter.body)) {
        feeds.push({ path: address, format: 'rss' });
        feedEntryIds ??= /post\.id\b/.test(matter.body) ? 'jekyll-post-id' : 'address';
        generated.push({ address, kind: 'feed', file });
      } else if (name === 'sitemap.xml') {
        generated.push({ address, kind: 'sitemap', file });
      } else if (name === 'robots.txt') {
        generated.push({ address, kind: 'robots', file });
      } else {
        templated.push({ file, address });
        generated.push({ address, kind: 'generated', file });
      }
      continue;
    }
    const address = jekyllPageAddress(file, permalink, pretty);
    if (file === 'index.html' || file === 'index.md' || file === 'index.markdown') {
      generated.push({ address: '/', kind: 'home', file });
      continue;
    }
    if (/^404\.(html|md|markdown)$/.test(file)) {
      generated.push({ address: '/404.html', kind: 'not-found', file });
      continue;
    }
    if (LISTING.test(matter.body)) {
      generated.push({ address, kind: 'listing', file });
      continue;
    }
    entries.push({ file, target: `_pages/${file}`, kind: 'page', text, oldAddress: address, title: stringOf(matter.data.title), draft: matter.data.published === false, pins: {} });
  }

  if (plugins.includes('jekyll-feed')) {
    const feedPath = `/${(stringOf(mapOf(config, 'feed').path) ?? 'feed.xml').replace(/^\//, '')}`;
    if (!feeds.some((feed) => feed.path === feedPath)) {
      feeds.push({ path: feedPath, format: 'atom' });
      generated.push({ address: feedPath, kind: 'feed' });
    }
    // jekyll-feed names entries by post.id made absolute.
    feedEntryIds ??= 'jekyll-post-id';
  }
  if (plugins.includes('jekyll-sitemap') && !generated.some((entry) => entry.kind === 'sitemap')) generated.push({ address: '/sitemap.xml', kind: 'sitemap' });
  const perPage = typeof config.paginate === 'number' ? config.paginate : 0;
  if (perPage > 0 && plugins.includes('jekyll-paginate')) {
    const published = entries.filter((entry) => entry.kind === 'post' && !entry.draft).length;
    const pathPattern = stringOf(config.paginate_path) ?? '/page:num/';
    for (let page = 2; page <= Math.ceil(published / perPage); page += 1) {
      const address = `/${pathPattern.replace(':num', String(page)).replace(/^\/+/, '')}`;
      generated.push({ address: address.endsWith('/') || /\.html?$/.test(address) ? address : `${address}/`, kind: 'listing' });
    }
  }

  const disqus = disqusOfTemplates(root, config);
  const author = config.author;
  return {
    generator: 'jekyll',
    root,
    settings: {
      title: stringOf(config.title),
      description: stringOf(config.description),
      author: stringOf(author) ?? stringOf(mapOf(config, 'author').name),
      baseUrl,
      basePath,
      defaultLanguage: stringOf(config.lang) ?? stringOf(config.locale),
      timeZone,
      // A pattern confnotes cannot fill (Jekyll's :week) stays out of site.config.ts: each post keeps its address by its own permalink.
      permalink: expandPermalink(sitePattern, { slug: 'x', date: parsePostDate('2019-11-30'), categories: [] }).ok ? sitePattern : undefined,
      disqusShortname: disqus.shortname,
      disqusIdentifier: disqus.identifier,
      commentsByDefault: disqus.shortname !== undefined && disqus.everyPost,
      feedEntryIds,
      pageSize: perPage > 0 ? perPage : undefined,
      feeds,
    },
    entries,
    statics,
    generated,
    templated,
    notes,
  };
}

function readConfigText(root: string): string {
  const file = CONFIG_FILES.map((name) => path.join(root, name)).find((candidate) => existsSync(candidate));
  return file ? readFileSync(file, 'utf8') : '';
}
