import path from 'node:path';
import type { UiLanguage } from '../site-config-schema';
import { conferenceSetting } from './schema';
import { ContentCache, renderKey } from './cache';
import { toPost, type Post } from './post';
import { pipelineVersion } from './pipeline-version';
import { PostLinks } from './post-links';
import type { ContentProblem } from './problems';
import { dependenciesHold, renderPostSource, type FailedRender, type RenderContext, type RenderedPost } from './render-post';
import type { SourceMemo } from './source-memo';
import { readPostSources, type Addressing, type PostSource } from './sources';

export type { PostAsset } from './render-post';
export type { Post } from './post';
export { MAX_POST_BYTES } from './sources';

export interface LoadOptions {
  /** Absolute path of the folder holding the posts. */
  contentDir: string;
  /** Root that file names in messages are relative to. */
  projectRoot: string;
  /** The project whose lib/ holds the pipeline's code (its version keys the cache); the working directory by default. */
  codeRoot?: string | undefined;
  /** Where root-relative images ('/images/a.png') are served from: the project's public/ folder. */
  publicDir: string;
  /** Drafts (`published: false`, `draft: true`, files under `_drafts/`) are listed only when true. */
  includeDrafts: boolean;
  /** Language of the site's own words inside post bodies (heading link labels, footnotes). */
  uiLanguage: UiLanguage;
  /** What Jekyll's `site.url`, `site.baseurl` and `site.title` stand for in posts. */
  site: { url: string; basePath: string; title: string };
  /** The site's permalink pattern and time zone (site.config.ts); Jekyll's default address and dates as written when absent. */
  addressing?: Addressing | undefined;
  /** Folder of the rendering cache shared by a build's processes; none: every post is rendered. */
  cacheDir?: string | undefined;
  /** `next dev`: files read by an earlier load, reused while unchanged. */
  memo?: SourceMemo | undefined;
  /** `next dev`: renderings of the load before this change (ContentSite.renderings), reused where they still stand. */
  previousRenderings?: ReadonlyMap<string, RenderedPost | FailedRender> | undefined;
}

export interface LoadResult {
  /** Newest first; undated posts last, by title. */
  posts: Post[];
  /** Pages (files under `_pages/`), by address. */
  pages: Post[];
  problems: ContentProblem[];
  /** Files whose body was rendered by this call. */
  rendered: string[];
  /** How many bodies came from the disk cache instead. */
  fromCache: number;
}

/**
 * The posts of a content folder. Reading every file and its front matter is
 * cheap and done at once: every post's address is then known, so links
 * between posts (`{% post_url %}`, `{{< ref >}}`, `[[wikilinks]]`,
 * `./other.md`) resolve. Bodies are rendered when asked for, each at most
 * once per process, and taken from the disk cache when an earlier process
 * or build rendered the same text with the same code and settings.
 */
export class ContentSite {
  private readonly renders = new Map<string, RenderedPost | FailedRender>();
  /** Renderings by cache key, for the next load of a changed folder to reuse without reading the disk cache. */
  private readonly rendersByKey = new Map<string, RenderedPost | FailedRender>();
  private readonly previousRenderings: ReadonlyMap<string, RenderedPost | FailedRender> | undefined;
  private readonly renderedFiles: string[] = [];
  private readonly links: PostLinks;
  private readonly context: RenderContext;
  private readonly cache: ContentCache | undefined;
  private readonly settingsKey: string;

  private constructor(
    readonly sources: readonly PostSource[],
    /** Problems found before rendering: unreadable files, front matter, addresses. */
    readonly sourceProblems: readonly ContentProblem[],
    options: LoadOptions,
  ) {
    this.links = new PostLinks(sources, { contentDir: options.contentDir, publicDir: options.publicDir, basePath: options.site.basePath });
    this.context = { links: this.links, contentDir: options.contentDir, publicDir: options.publicDir, uiLanguage: options.uiLanguage, site: options.site };
    this.cache = options.cacheDir !== undefined ? new ContentCache(options.cacheDir) : undefined;
    // Only the previous load's map is kept, not the load: a chain of loads must not keep every old one alive.
    this.previousRenderings = options.previousRenderings;
    this.settingsKey = JSON.stringify({
      pipeline: pipelineVersion(options.codeRoot ?? process.cwd()),
      contentDir: path.relative(options.projectRoot, options.contentDir),
      publicDir: path.relative(options.projectRoot, options.publicDir),
      uiLanguage: options.uiLanguage,
      site: options.site,
      addressing: options.addressing ?? {},
    });
  }

  static async load(options: LoadOptions): Promise<ContentSite> {
    const { sources, problems } = await readPostSources(options);
    return new ContentSite(sources, problems, options);
  }

  /** Files rendered by this process so far (the rest came from the cache). */
  get rendered(): readonly string[] {
    return this.renderedFiles;
  }

  private keyOf(source: PostSource): string {
    return renderKey({
      settings: this.settingsKey,
      file: source.file,
      address: source.address.urlPath,
      title: source.meta.title,
      conference: conferenceSetting(source.meta.conference)?.toString(),
      liquid: source.liquid,
      body: source.bodyHash,
    });
  }

  /** The rendering known without rendering (this process's, the previous load's, the disk cache's) while it still stands. */
  private known(source: PostSource, key: string): RenderedPost | FailedRender | undefined {
    const done = this.renders.get(source.file);
    if (done) return done;
    const cached = this.previousRenderings?.get(key) ?? this.cache?.read(key);
    if (!cached || !dependenciesHold(cached.dependencies, source, this.links)) return undefined;
    this.keep(source, key, cached);
    return cached;
  }

  private keep(source: PostSource, key: string, result: RenderedPost | FailedRender): void {
    this.renders.set(source.file, result);
    this.rendersByKey.set(key, result);
  }

  private render(source: PostSource): RenderedPost | FailedRender {
    // Pages ask for the same posts again and again: no key is worked out for a post already at hand.
    const done = this.renders.get(source.file);
    if (done) return done;
    const key = this.keyOf(source);
    const known = this.known(source, key);
    if (known) return known;
    const result = renderPostSource(source, this.context);
    this.renderedFiles.push(source.file);
    this.cache?.write(key, result);
    this.keep(source, key, result);
    return result;
  }

  /** The sources whose body no cache holds: what all() would render. Reads the cache for the others. */
  unrendered(): PostSource[] {
    return this.sources.filter((source) => !this.known(source, this.keyOf(source)));
  }

  /** Renders one source's body now, unless known (for lib/content/render-threads.ts). */
  renderSource(source: PostSource): RenderedPost | FailedRender {
    return this.render(source);
  }

  /**
   * Takes renderings that another thread made from the same folder and
   * settings, and wrote to the disk cache (lib/content/render-threads.ts).
   */
  adopt(renderings: ReadonlyArray<{ file: string; result: RenderedPost | FailedRender }>): void {
    const byFile = new Map(this.sources.map((source) => [source.file, source]));
    for (const { file, result } of renderings) {
      const source = byFile.get(file);
      if (!source || this.renders.has(file)) continue;
      this.renderedFiles.push(file);
      this.keep(source, this.keyOf(source), result);
    }
  }

  /** Renderings this load has made or read, by cache key: for the next load, after a change, to reuse. */
  get renderings(): ReadonlyMap<string, RenderedPost | FailedRender> {
    return this.rendersByKey;
  }

  /*
   * A build asks for one post by its route on every post page and share
   * image, and for its neighbours on every post page: scanning the sources
   * each time made static generation grow with the square of the posts.
   */
  private sourcesByRoute: Map<string, PostSource> | undefined;
  private postOrder: { sources: PostSource[]; indexOf: Map<string, number> } | undefined;

  /** The source published at these route segments, joined by '/' ('2019/11/30/slug'); the first of several that claim it. */
  sourceAt(route: string): PostSource | undefined {
    if (!this.sourcesByRoute) {
      this.sourcesByRoute = new Map();
      for (const source of this.sources) {
        const key = source.address.routeSegments.join('/');
        if (!this.sourcesByRoute.has(key)) this.sourcesByRoute.set(key, source);
      }
    }
    return this.sourcesByRoute.get(route);
  }

  /** The posts (not pages) in the home page's order, and where the first one at each address stands in it. */
  postSequence(): { sources: readonly PostSource[]; indexOf: ReadonlyMap<string, number> } {
    if (!this.postOrder) {
      const sources = this.sources.filter((source) => source.kind === 'post');
      const indexOf = new Map<string, number>();
      for (const [index, source] of sources.entries()) if (!indexOf.has(source.address.urlPath)) indexOf.set(source.address.urlPath, index);
      this.postOrder = { sources, indexOf };
    }
    return this.postOrder;
  }

  /** One post, rendered; undefined (with its problem) when its body cannot be rendered. */
  post(source: PostSource): { post: Post | undefined; problems: readonly ContentProblem[] } {
    const result = this.render(source);
    // Renderings know lines of the body; messages name lines of the file.
    const inFile = (problem: ContentProblem): ContentProblem => (problem.line !== undefined ? { ...problem, line: problem.line + source.bodyLine - 1 } : problem);
    if ('failed' in result) return { post: undefined, problems: [inFile(result.failed)] };
    return { post: toPost(source, result), problems: result.problems.map(inFile) };
  }

  /**
   * Every post and page rendered, and every problem found; posts in the home
   * page's order. The same lists and post objects on every call, which
   * callers must not change: a build asks on every page, and helpers that
   * derive from the posts (lib/talks/site-talks.ts) keep what they derived
   * while the posts are the same objects.
   */
  all(): LoadResult {
    this.allResult ??= this.renderAll();
    return this.allResult;
  }

  private allResult: LoadResult | undefined;

  private renderAll(): LoadResult {
    const problems = [...this.sourceProblems];
    const posts: Post[] = [];
    const pages: Post[] = [];
    for (const source of this.sources) {
      const result = this.post(source);
      // A pathological post can hold a hundred thousand warnings: too many arguments for one push(...).
      for (const problem of result.problems) problems.push(problem);
      if (result.post) (result.post.kind === 'page' ? pages : posts).push(result.post);
    }
    pages.sort((a, b) => a.urlPath.localeCompare(b.urlPath));
    return { posts, pages, problems, rendered: [...this.renderedFiles], fromCache: this.sources.length - this.renderedFiles.length };
  }
}

/** Loads, validates and renders every post under `contentDir`, collecting problems instead of stopping at the first. */
export async function loadPosts(options: LoadOptions): Promise<LoadResult> {
  return (await ContentSite.load(options)).all();
}
