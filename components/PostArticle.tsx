import type { Post } from '@/lib/content';
import { formatPostDate } from '@/lib/format';
import type { UiStrings } from '@/lib/i18n';
import { outlineTargets } from '@/lib/outline/types';
import type { UiLanguage } from '@/lib/site-config-schema';
import { AnchorLinkCopier } from './AnchorLinkCopier';
import { MarkdownContent } from './MarkdownContent';
import { PostMeta } from './PostMeta';
import { SessionList } from './SessionList';
import { SessionListSpy } from './SessionListSpy';
import { VideoEmbedActivator } from './VideoEmbedActivator';

export function PostArticle({ post, ui, uiLanguage }: { post: Post; ui: UiStrings; uiLanguage: UiLanguage }) {
  const hasSessionList = outlineTargets(post.outline).length >= 2;
  return (
    <article className={hasSessionList ? 'post has-session-list' : 'post'} lang={post.lang}>
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
      {hasSessionList && (
        <>
          <SessionList outline={post.outline} label={ui.sessionList} talkCount={ui.talkCount} />
          <SessionListSpy />
        </>
      )}
      <MarkdownContent tree={post.content} />
      <AnchorLinkCopier copiedLabel={ui.linkCopied} />
      <VideoEmbedActivator />
    </article>
  );
}
