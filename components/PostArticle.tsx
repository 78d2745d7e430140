import type { Post } from '@/lib/content';
import { formatPostDate } from '@/lib/format';
import type { UiStrings } from '@/lib/i18n';
import type { UiLanguage } from '@/lib/site-config-schema';
import { MarkdownContent } from './MarkdownContent';
import { PostMeta } from './PostMeta';

export function PostArticle({ post, ui, uiLanguage }: { post: Post; ui: UiStrings; uiLanguage: UiLanguage }) {
  return (
    <article className="post" lang={post.lang}>
      <header className="post-header">
        <h1>{post.title}</h1>
        <PostMeta
          date={post.date}
          formattedDate={post.date && formatPostDate(post.date, uiLanguage)}
          readingTime={ui.readingTime(post.readingMinutes)}
          keywords={post.keywords}
          keywordsLabel={ui.keywords}
        />
      </header>
      <MarkdownContent tree={post.content} />
    </article>
  );
}
