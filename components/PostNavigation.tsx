import Link from 'next/link';
import type { Post } from '@/lib/content';

export interface PostNavigationProps {
  newer: Pick<Post, 'title' | 'urlPath'> | undefined;
  older: Pick<Post, 'title' | 'urlPath'> | undefined;
  labels: { navigation: string; newer: string; older: string };
}

/*
 * Next's <Link> (which adds the base path itself): moving between posts
 * keeps the page, and the Disqus instance, alive. No prefetch: a reading page
 * should not fetch pages nobody asked for.
 */
export function PostNavigation({ newer, older, labels }: PostNavigationProps) {
  if (!newer && !older) return null;
  return (
    <nav className="post-navigation" aria-label={labels.navigation}>
      {older && (
        <Link className="post-navigation-older" href={older.urlPath} prefetch={false} rel="prev">
          <span className="post-navigation-label">← {labels.older}</span>
          <span className="post-navigation-title">{older.title}</span>
        </Link>
      )}
      {newer && (
        <Link className="post-navigation-newer" href={newer.urlPath} prefetch={false} rel="next">
          <span className="post-navigation-label">{labels.newer} →</span>
          <span className="post-navigation-title">{newer.title}</span>
        </Link>
      )}
    </nav>
  );
}
