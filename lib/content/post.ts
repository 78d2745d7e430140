import type { Outline } from '../outline/types';
import type { PostDate } from './dates';
import type { PostAsset, RenderedPost } from './render-post';
import type { ConferenceDetails } from './schema';
import type { PostSource } from './sources';

export interface Post {
  /** Source file, relative to the project root (as messages show it). */
  file: string;
  /** A post, or a page (about, contact: at its address, in no list, feed or index). */
  kind: 'post' | 'page';
  slug: string;
  /** Address without base path, such as '/2019/11/30/flink-forward-asia.html'. */
  urlPath: string;
  routeSegments: string[];
  title: string;
  description: string | undefined;
  keywords: string[];
  tags: string[];
  categories: string[];
  date: PostDate | undefined;
  lang: string | undefined;
  /** false: noindex, nofollow; left out of feed and sitemap. */
  index: boolean;
  /** `comments`: Disqus on (true) or off (false); undefined when the post does not say (site.config.ts's commentsByDefault decides). */
  comments: boolean | undefined;
  /** Front matter `disqus_identifier`: the thread to show, for posts whose old embed set one. */
  disqusIdentifier: string | undefined;
  /** Front matter `disqus_url`: the address the thread was created at, for posts that moved. */
  disqusUrl: string | undefined;
  /** Front matter `conference` when it names one: its name, place and site, for the post's JSON-LD. */
  conference: ConferenceDetails | undefined;
  draft: boolean;
  readingMinutes: number;
  /** The sanitised body as HTML, rendered once per build (links under the base path). */
  html: string;
  /** The part before Hexo's `<!-- more -->`, for the home page; undefined without the marker. */
  excerptHtml: string | undefined;
  /** Days, sessions and talks of the body; every id in it is on the page. */
  outline: Outline;
  /** Images referred to relative to the post and the files of its folder, copied next to its page by scripts/finalize-export.ts. */
  assets: PostAsset[];
  /** Old addresses (`redirect_from`, `aliases`) that get a page sending readers here, as site paths. */
  redirectFrom: string[];
  /** The box sizes of its formulas, by class (the site's KaTeX stylesheet holds them); undefined when it has none, and its page loads no KaTeX. */
  mathStyles: Record<string, string> | undefined;
}

/** A post as pages see it: its source's front matter and address, with its rendered body. */
export function toPost(source: PostSource, rendered: RenderedPost): Post {
  const { meta } = source;
  const comments = meta.comments;
  // One copy of each file: a post may show an image twice, and its folder holds it too.
  const assets = new Map([...rendered.assets, ...source.folderAssets].map((asset) => [asset.to, asset]));
  return {
    file: source.file,
    kind: source.kind,
    slug: source.slug,
    urlPath: source.address.urlPath,
    routeSegments: source.address.routeSegments,
    title: meta.title || rendered.headingTitle || source.slug,
    description: meta.description || undefined,
    // Hugo and Hexo posts name their subjects in tags: without keywords, the tags are the post's keywords.
    keywords: meta.keywords ?? meta.tags ?? [],
    tags: meta.tags ?? [],
    categories: meta.categories ?? [],
    date: source.date,
    lang: meta.lang,
    index: meta.index ?? true,
    comments: comments === undefined ? undefined : comments === true || (typeof comments === 'string' && comments.trim().toLowerCase() === 'disqus'),
    disqusIdentifier: meta.disqus_identifier || undefined,
    disqusUrl: meta.disqus_url,
    conference: typeof meta.conference === 'object' ? meta.conference : typeof meta.conference === 'string' ? { name: meta.conference, place: undefined, url: undefined } : undefined,
    draft: source.draft,
    readingMinutes: rendered.readingMinutes,
    html: rendered.html,
    excerptHtml: rendered.excerptHtml,
    // Renderings know lines of the body; the kind's line is reported as a line of the file.
    outline: rendered.outline.kindLine !== undefined ? { ...rendered.outline, kindLine: rendered.outline.kindLine + source.bodyLine - 1 } : rendered.outline,
    assets: [...assets.values()],
    redirectFrom: source.redirects,
    mathStyles: rendered.mathStyles,
  };
}
