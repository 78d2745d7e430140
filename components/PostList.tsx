import type { ReactNode } from 'react';
import type { Post } from '@/lib/content';
import { formatPostDate } from '@/lib/format';
import type { UiStrings } from '@/lib/i18n';
import { countOutline } from '@/lib/outline/types';
import { sitePath } from '@/lib/site';
import type { UiLanguage } from '@/lib/site-config-schema';
import { MarkdownContent } from './MarkdownContent';
import { PostMeta } from './PostMeta';


export interface PostListProps {
  posts: readonly Post[];
  ui: UiStrings;
  uiLanguage: UiLanguage;
  /** More to show under each post (a keyword page lists its talks). */
  talks?: ((post: Post) => ReactNode) | undefined;
}

export function PostList({ posts, ui, uiLanguage, talks }: PostListProps) {
  if (posts.length === 0) return <p>{ui.noPosts}</p>;
  return (
    <ol className="post-list">
      {posts.map((post) => (
        <li key={post.urlPath} lang={post.lang}>
          <h2 className="post-list-title">
            <a href={sitePath(post.urlPath)}>{post.title}</a>
          </h2>
          <PostMeta
            date={post.date}
            formattedDate={post.date && formatPostDate(post.date, uiLanguage)}
            keywords={post.keywords}
            keywordsLabel={ui.keywords}
          />
          {post.description && <p className="post-list-description">{post.description}</p>}
          {post.excerptHtml && <MarkdownContent className="post-list-excerpt post-body" html={post.excerptHtml} />}
          <OutlineCounts text={ui.outlineCounts(countOutline(post.outline))} />
          {talks?.(post)}
        </li>
      ))}
    </ol>
  );
}

function OutlineCounts({ text }: { text: string }) {
  return text === '' ? null : <p className="post-list-counts">{text}</p>;
}
