import type { Post } from '@/lib/content';
import { sitePath } from '@/lib/site';

export interface PostNavigationProps {
  newer: Pick<Post, 'title' | 'urlPath'> | undefined;
  older: Pick<Post, 'title' | 'urlPath'> | undefined;
  labels: { navigation: string; newer: string; older: string };
}

/** Plain links to the neighbouring posts; Speculation Rules make them instant in browsers that support them. */
export function PostNavigation({ newer, older, labels }: PostNavigationProps) {
  if (!newer && !older) return null;
  return (
    <nav className="post-navigation" aria-label={labels.navigation}>
      {older && (
        <a className="post-navigation-older" href={sitePath(older.urlPath)} rel="prev">
          <span className="post-navigation-label">← {labels.older}</span>
          <span className="post-navigation-title">{older.title}</span>
        </a>
      )}
      {newer && (
        <a className="post-navigation-newer" href={sitePath(newer.urlPath)} rel="next">
          <span className="post-navigation-label">{labels.newer} →</span>
          <span className="post-navigation-title">{newer.title}</span>
        </a>
      )}
    </nav>
  );
}
