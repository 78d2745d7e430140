/** What Disqus calls `this.page` inside `disqus_config`: how it finds a post's thread. */
export interface DisqusThread {
  url: string;
  identifier: string;
  title: string;
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
    t_i: thread.identifier,
    t_u: thread.url,
    t_d: thread.title,
    t_t: thread.title,
    s_o: 'default',
  });
  return `https://disqus.com/embed/comments/?${query.toString()}`;
}
