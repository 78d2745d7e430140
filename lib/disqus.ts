import { jekyllPostId } from './post-ids';
import type { SiteConfig } from './site-config-schema';

/** What Disqus calls `this.page` inside `disqus_config`: how it finds a post's thread. */
export interface DisqusThread {
  url: string;
  /** Undefined: none is sent, and Disqus finds the thread by its URL (Hugo's embed worked so). */
  identifier: string | undefined;
  title: string;
}

/**
 * The thread of a post, named as the old blog's embed named it, so that a
 * moved blog keeps its comments: Disqus looks a thread up by identifier
 * first, and a new identifier starts a new, empty thread.
 * - url: `disqus_url`, else the post's canonical URL;
 * - identifier: `disqus_identifier`, else what `disqusIdentifier` says:
 *   the address (`/2019/11/30/x.html`), the canonical URL, Jekyll's
 *   post.id (`/2019/11/30/x`) or none.
 */
export function postThread(
  post: { urlPath: string; slug: string; title: string; disqusIdentifier: string | undefined; disqusUrl: string | undefined },
  style: SiteConfig['disqusIdentifier'],
  absoluteUrl: (path: string) => string,
): DisqusThread {
  const url = post.disqusUrl ?? absoluteUrl(post.urlPath);
  const byStyle = { address: post.urlPath, url, 'jekyll-post-id': jekyllPostId(post), none: undefined }[style];
  return { url, identifier: post.disqusIdentifier ?? byStyle, title: post.title };
}

/**
 * The thread as a page of its own on disqus.com: the address Disqus's embed
 * frame loads. Readers whose network blocks the embed on our page can still
 * open it there (or see why it fails).
 */
export function disqusThreadLink(shortname: string, thread: DisqusThread): string {
  const query = new URLSearchParams({
    base: 'default',
    f: shortname,
    ...(thread.identifier !== undefined ? { t_i: thread.identifier } : {}),
    t_u: thread.url,
    t_d: thread.title,
    t_t: thread.title,
    s_o: 'default',
  });
  return `https://disqus.com/embed/comments/?${query.toString()}`;
}
