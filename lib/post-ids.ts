import path from 'node:path';

/**
 * Jekyll's `post.id`: the folder of the post's address and its slug,
 * without extension (`/2019/11/30/flink-forward-asia` for
 * `/2019/11/30/flink-forward-asia.html`). Jekyll themes' Atom feeds and some
 * Disqus embeds named posts by it; a moved blog must keep naming them so.
 */
export function jekyllPostId(post: { urlPath: string; slug: string }): string {
  return path.posix.join(path.posix.dirname(post.urlPath), post.slug);
}
