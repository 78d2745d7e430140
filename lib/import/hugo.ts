import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parsePostDate, type PostDate } from '../content/dates';
import { listFiles, mapOf, readConfigFile, readFrontMatter, stringOf, stringsOf, valueOf } from './old-site-files';
import type { ContentEntry, ImportNote, ImportPlan, OldFeed, PlannedAddress, StaticFile } from './plan';

/*
 * Hugo: what a Hugo site's folder publishes, by Hugo's rules
 * (gohugo.io/content-management): regular pages of the main sections are
 * the posts, other regular pages are pages; page bundles keep their files;
 * `static/` (and the theme's) is copied as it is; every section, taxonomy
 * and term has a list page and an RSS feed.
 */

const CONFIG_NAMES = ['hugo.toml', 'hugo.yaml', 'hugo.yml', 'hugo.json', 'config.toml', 'config.yaml', 'config.yml', 'config.json'];
const CONTENT_FILE = /\.(md|markdown|mdown|html?)$/i;
const OTHER_CONTENT = /\.(org|adoc|asciidoc|rst|pandoc|pdc|ad)$/i;

/** The site's configuration: the root file, merged with config/_default/ (each file there a key, `params.toml` → params). */
export function readHugoConfig(root: string): Record<string, unknown> {
  const main = CONFIG_NAMES.map((name) => path.join(root, name)).find((file) => existsSync(file));
  const config: Record<string, unknown> = main ? readConfigFile(main) : {};
  const folder = path.join(root, 'config', '_default');
  if (existsSync(folder)) {
    for (const name of readdirSync(folder).sort()) {
      if (!/\.(toml|ya?ml|json)$/.test(name)) continue;
      const data = readConfigFile(path.join(folder, name));
      const key = name.replace(/\.[^.]+$/, '');
      if (key === 'hugo' || key === 'config') Object.assign(config, data);
      else config[key] = { ...mapOf(config, key), ...data };
    }
  }
  return config;
}

export function isHugoSite(root: string): boolean {
  const configured = CONFIG_NAMES.some((name) => existsSync(path.join(root, name))) || existsSync(path.join(root, 'config', '_default'));
  return configured && existsSync(path.join(root, contentFolder(readHugoConfig(root))));
}

function contentFolder(config: Record<string, unknown>): string {
  return stringOf(valueOf(config, 'contentDir')) ?? 'content';
}

/**
 * Hugo's URLize, as Hugo 0.111 gives it (checked against `hugo list all`):
 * letters, digits, marks and `. / \\ _ # ~ @ -` stay (and %-escapes); a run
 * of spaces between them is one dash, other characters go; `+` is a dash
 * of its own ('KubeCon + CloudNativeCon' → 'kubecon--cloudnativecon').
 */
export function hugoUrlize(text: string, lower = true): string {
  const source = [...text.trim()];
  const out: string[] = [];
  let prependHyphen = false;
  let wasHyphen = false;
  source.forEach((character, index) => {
    const plus = character === '+';
    const allowed = plus || /[\p{L}\p{N}\p{M}./\\_#~@-]/u.test(character) || (character === '%' && /^[0-9a-f]{2}$/i.test((source[index + 1] ?? '') + (source[index + 2] ?? '')));
    if (allowed) {
      const hyphen = character === '-';
      if (prependHyphen && !hyphen) out.push('-');
      prependHyphen = false;
      out.push(plus ? '-' : character);
      wasHyphen = hyphen || plus;
    } else if (out.length > 0 && !wasHyphen && /\s/u.test(character)) {
      prependHyphen = true;
    }
  });
  const joined = out.join('');
  return lower ? joined.toLowerCase() : joined;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

interface PageFacts {
  /** Path under content/, '/'-separated. */
  relative: string;
  title: string;
  slug: string | undefined;
  url: string | undefined;
  date: PostDate | undefined;
}

/** The file name Hugo names a page by: a bundle's folder, else the file without extension. */
function filenameOf(relative: string): string {
  const base = path.posix.basename(relative).replace(CONTENT_FILE, '');
  return base === 'index' || base === '_index' ? path.posix.basename(path.posix.dirname(relative)) : base;
}

/** The sections a page is in: its folders under content/ (a bundle's own folder aside). */
function sectionsOf(relative: string): string[] {
  const folders = path.posix.dirname(relative).split('/').filter((part) => part !== '.' && part !== '');
  return /(^|\/)index\.[^/]+$/.test(relative) ? folders.slice(0, -1) : folders;
}

/** Where Hugo publishes a regular page: `url`, else the section's permalink pattern, else its section path and slug or file name. */
export function hugoAddress(facts: PageFacts, patterns: Record<string, string>, options: { uglyUrls: boolean; lower: boolean }): string | undefined {
  if (facts.url !== undefined) return facts.url.startsWith('/') ? facts.url : `/${facts.url}`;
  const sections = sectionsOf(facts.relative);
  const section = sections[0] ?? '';
  const filename = filenameOf(facts.relative);
  const urlize = (text: string) => hugoUrlize(text, options.lower);
  const pattern = Object.entries(patterns).find(([name]) => name.toLowerCase() === section.toLowerCase())?.[1];
  if (pattern !== undefined) {
    let missing = false;
    const date = facts.date;
    const values: Record<string, () => string> = {
      year: () => (date ? String(date.year) : ((missing = true), '')),
      month: () => (date ? String(date.month).padStart(2, '0') : ((missing = true), '')),
      monthname: () => (date ? (MONTHS[date.month - 1] ?? '') : ((missing = true), '')),
      day: () => (date ? String(date.day).padStart(2, '0') : ((missing = true), '')),
      section: () => urlize(section),
      sections: () => sections.map(urlize).join('/'),
      title: () => urlize(facts.title),
      slug: () => urlize(facts.slug ?? facts.title),
      filename: () => urlize(filename),
      slugorfilename: () => urlize(facts.slug ?? filename),
    };
    let unknown = false;
    const expanded = pattern.replace(/:([a-z]+)/g, (whole, name: string) => {
      const value = Object.hasOwn(values, name) ? values[name] : undefined;
      if (!value) {
        unknown = true;
        return whole;
      }
      return value();
    });
    if (unknown || missing) return undefined;
    const address = `/${expanded.replace(/^\/+/, '')}`.replace(/\/{2,}/g, '/');
    return options.uglyUrls && address.endsWith('/') && address !== '/' ? `${address.slice(0, -1)}.html` : address;
  }
  const folder = sections.map(urlize).join('/');
  const name = urlize(facts.slug ?? filename);
  const base = `/${folder ? `${folder}/` : ''}${name}`;
  return options.uglyUrls ? `${base}.html` : `${base}/`;
}

/** Reads a Hugo site's folder into an import plan. */
export function planHugo(root: string): ImportPlan {
  const config = readHugoConfig(root);
  const notes: ImportNote[] = [];
  const params = mapOf(config, 'params');
  const base = stringOf(valueOf(config, 'baseURL'));
  let baseUrl: string | undefined;
  let basePath = '';
  if (base !== undefined && URL.canParse(base)) {
    const url = new URL(base);
    baseUrl = url.origin;
    basePath = url.pathname.replace(/\/+$/, '');
  }
  const uglyUrls = valueOf(config, 'uglyURLs') === true;
  const lower = valueOf(config, 'disablePathToLower') !== true;
  const patterns = Object.fromEntries(
    Object.entries({ ...mapOf(config, 'permalinks'), ...mapOf(mapOf(config, 'permalinks'), 'page') }).flatMap(([key, value]) => (typeof value === 'string' ? [[key, value]] : [])),
  );
  const contentRoot = contentFolder(config);
  const contentFiles = listFiles(path.join(root, contentRoot), (_relative, name) => name.startsWith('.'));

  interface Candidate {
    relative: string;
    text: string;
    data: Record<string, unknown>;
  }
  const candidates: Candidate[] = [];
  const bundles = new Set(contentFiles.filter((file) => /(^|\/)index\.(md|markdown|mdown|html?)$/i.test(file)).map((file) => path.posix.dirname(file)));
  const inBundle = (file: string) => [...bundles].some((bundle) => bundle !== '.' && file.startsWith(`${bundle}/`));
  const statics: StaticFile[] = [];
  const generated: PlannedAddress[] = [];
  for (const relative of contentFiles) {
    const name = path.posix.basename(relative);
    if (CONTENT_FILE.test(name) && !(inBundle(relative) && !/^index\./i.test(name))) {
      const text = readFileSync(path.join(root, contentRoot, relative), 'utf8');
      if (/^\s*\{/.test(text)) notes.push({ file: `${contentRoot}/${relative}`, line: 1, message: 'has JSON front matter, which confnotes does not read: convert it to YAML or TOML' });
      if (name.startsWith('_index.')) {
        const folder = path.posix.dirname(relative);
        const address = folder === '.' ? '/' : `/${folder.split('/').map((part) => hugoUrlize(part, lower)).join('/')}/`;
        generated.push({ address, kind: address === '/' ? 'home' : 'listing', file: `${contentRoot}/${relative}` });
        if (readFrontMatter(text, relative).body.trim() !== '') notes.push({ file: `${contentRoot}/${relative}`, message: `the text of the list page ${address} is not carried over: its address leads to the nearest page` });
        continue;
      }
      candidates.push({ relative, text, data: readFrontMatter(text, relative).data });
    } else if (OTHER_CONTENT.test(name)) {
      notes.push({ file: `${contentRoot}/${relative}`, message: 'is written in a format confnotes does not read (Org, AsciiDoc, reStructuredText, Pandoc): not carried over' });
    } else if (!inBundle(relative)) {
      // A file beside a section's _index.md is that list page's resource, published at its path.
      statics.push({ file: `${contentRoot}/${relative}`, address: `/${relative}`, origin: 'site' });
    }
  }

  // The main sections hold the posts: params.mainSections, else the section with the most pages.
  const counts = new Map<string, number>();
  for (const candidate of candidates) {
    const section = sectionsOf(candidate.relative)[0];
    if (section !== undefined) counts.set(section, (counts.get(section) ?? 0) + 1);
  }
  const configured = stringsOf(valueOf(params, 'mainSections'));
  const mainSections = configured.length > 0 ? configured : [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, 1).map(([section]) => section);

  const entries: ContentEntry[] = [];
  for (const candidate of candidates) {
    const { relative, data } = candidate;
    const build = { ...mapOf(data, '_build'), ...mapOf(data, 'build') };
    if (data.headless === true || build.render === 'never' || build.render === false) continue;
    const section = sectionsOf(relative)[0];
    const kind = section !== undefined && mainSections.includes(section) ? 'post' : 'page';
    const date = typeof data.date === 'string' ? parsePostDate(data.date) : data.date instanceof Date ? parsePostDate(data.date.toISOString()) : undefined;
    const ownTitle = stringOf(data.title);
    const title = ownTitle ?? filenameOf(relative);
    const draft = data.draft === true;
    const bundle = /(^|\/)index\.[^/]+$/i.test(relative) ? path.posix.dirname(relative) : undefined;
    const target = kind === 'post' ? relative : `_pages/${relative}`;
    entries.push({
      file: `${contentRoot}/${relative}`,
      target,
      kind,
      text: candidate.text,
      oldAddress: draft ? undefined : hugoAddress({ relative, title, slug: stringOf(data.slug), url: stringOf(data.url), date }, patterns, { uglyUrls, lower }),
      title: ownTitle,
      draft,
      folder: bundle ? { file: `${contentRoot}/${bundle}`, target: path.posix.dirname(target) } : undefined,
      pins: {},
    });
  }

  for (const folder of stringsOf(valueOf(config, 'staticDir')).length > 0 ? stringsOf(valueOf(config, 'staticDir')) : ['static']) {
    for (const file of listFiles(path.join(root, folder))) statics.push({ file: `${folder}/${file}`, address: `/${file}`, origin: 'site' });
  }
  const theme = stringsOf(valueOf(config, 'theme'))[0];
  if (theme !== undefined) {
    for (const file of listFiles(path.join(root, 'themes', theme, 'static'))) {
      if (!statics.some((entry) => entry.address === `/${file}`)) statics.push({ file: `themes/${theme}/static/${file}`, address: `/${file}`, origin: 'theme' });
    }
    if (!existsSync(path.join(root, 'themes', theme))) notes.push({ file: 'themes', message: `the theme ${theme} is not in the site's folder (a Hugo module or a git submodule not checked out): its files are not carried over` });
  }

  // Lists and their RSS feeds: home, sections, taxonomies and terms (gohugo.io/templates/rss).
  const disabled = new Set(stringsOf(valueOf(config, 'disableKinds')).map((kind) => kind.toLowerCase()));
  const rss = !disabled.has('rss');
  const feeds: OldFeed[] = [];
  const perPage = typeof valueOf(config, 'paginate') === 'number' ? Number(valueOf(config, 'paginate')) : 10;
  const pagePath = stringOf(valueOf(config, 'paginatePath')) ?? 'page';
  const published = entries.filter((entry) => !entry.draft);
  const addList = (address: string, count: number, feed: Omit<OldFeed, 'path' | 'format'> | undefined) => {
    generated.push({ address, kind: address === '/' ? 'home' : 'listing' });
    // Hugo sends /page/1/ of every paginated list to the list itself.
    generated.push({ address: `${address}${pagePath}/1/`, kind: 'listing' });
    for (let page = 2; page <= Math.ceil(count / perPage); page += 1) generated.push({ address: `${address}${pagePath}/${page}/`, kind: 'listing' });
    if (rss && feed) {
      feeds.push({ path: `${address}index.xml`, format: 'rss', ...feed });
      generated.push({ address: `${address}index.xml`, kind: 'feed' });
    }
  };
  addList('/', published.filter((entry) => entry.kind === 'post').length, {});
  for (const section of [...counts.keys()]) addList(`/${hugoUrlize(section, lower)}/`, published.filter((entry) => sectionsOf(entry.file.slice(contentRoot.length + 1))[0] === section).length, {});
  const taxonomies = Object.keys(mapOf(config, 'taxonomies')).length > 0 ? Object.entries(mapOf(config, 'taxonomies')).flatMap(([, plural]) => (typeof plural === 'string' ? [plural] : [])) : ['tags', 'categories'];
  for (const taxonomy of taxonomies) {
    if (disabled.has('taxonomy') && disabled.has('term')) continue;
    const terms = new Map<string, { name: string; count: number }>();
    for (const entry of published) {
      for (const term of stringsOf(readFrontMatter(entry.text, entry.file).data[taxonomy], /,/)) {
        const slug = hugoUrlize(term, lower);
        terms.set(slug, { name: term, count: (terms.get(slug)?.count ?? 0) + 1 });
      }
    }
    if (terms.size === 0) continue;
    if (!disabled.has('taxonomy')) addList(`/${taxonomy}/`, terms.size, {});
    if (disabled.has('term')) continue;
    for (const [slug, term] of terms) addList(`/${taxonomy}/${slug}/`, term.count, { title: term.name, ...(taxonomy === 'categories' ? { categories: [term.name] } : { tags: [term.name] }) });
  }
  generated.push({ address: '/sitemap.xml', kind: 'sitemap' });
  if (valueOf(config, 'enableRobotsTXT') === true) generated.push({ address: '/robots.txt', kind: 'robots' });

  const services = mapOf(config, 'services');
  const author = valueOf(params, 'author') ?? valueOf(config, 'author');
  // `author = "Jane"` or `[params.author] name = "Jane"`.
  const authorName = stringOf(author) ?? stringOf(valueOf(mapOf(params, 'author'), 'name')) ?? stringOf(valueOf(mapOf(config, 'author'), 'name'));
  return {
    generator: 'hugo',
    root,
    settings: {
      title: stringOf(valueOf(config, 'title')),
      description: stringOf(valueOf(params, 'description')) ?? stringOf(valueOf(config, 'description')),
      author: authorName,
      baseUrl,
      basePath,
      defaultLanguage: stringOf(valueOf(config, 'languageCode')) ?? stringOf(valueOf(config, 'defaultContentLanguage')),
      permalink: translatePattern(patterns[mainSections[0] ?? 'posts'] ?? patterns.posts, uglyUrls),
      disqusShortname: stringOf(valueOf(config, 'disqusShortname')) ?? stringOf(valueOf(mapOf(services, 'disqus'), 'shortname')) ?? stringOf(valueOf(params, 'disqusShortname')),
      // Hugo's own Disqus template sends no identifier unless the page sets disqus_identifier.
      disqusIdentifier: 'none',
      // Themes include Hugo's Disqus template under every post.
      commentsByDefault: true,
      feedEntryIds: 'address',
      pageSize: perPage,
      feeds,
    },
    entries,
    statics,
    generated,
    templated: [],
    notes,
  };
}

/** A Hugo permalink pattern in confnotes's placeholders, where they mean the same; undefined (each post keeps its own address) otherwise. */
function translatePattern(pattern: string | undefined, uglyUrls: boolean): string {
  if (pattern === undefined) return uglyUrls ? '/:section/:slug.html' : '/:section/:slug/';
  const translated = `/${pattern.replace(/^\/+/, '')}`.replace(/:(slugorfilename|filename|slug|title)\b/g, ':slug');
  return /:(monthname|sections|weekday|weekdayname|yearday)\b/.test(translated) ? '/:section/:slug/' : translated;
}
