import type { Post } from '@/lib/content';
import { formatPostDate } from '@/lib/format';
import type { UiStrings } from '@/lib/i18n';
import { outlineTargets } from '@/lib/outline/types';
import type { UiLanguage } from '@/lib/site-config-schema';
import { MarkdownContent } from './MarkdownContent';
import { PostMeta } from './PostMeta';
import { SessionList } from './SessionList';

export function PostArticle({ post, ui, uiLanguage }: { post: Post; ui: UiStrings; uiLanguage: UiLanguage }) {
  const hasSessionList = outlineTargets(post.outline).length >= 2;
  return (
    <article className={hasSessionList ? 'post has-session-list' : 'post'} lang={post.lang}>
      <header className="post-header">
        <h1>{post.title}</h1>
        {/* A page (about, contact) is not dated reading. */}
        {post.kind === 'post' && (
          <PostMeta
            date={post.date}
            formattedDate={post.date && formatPostDate(post.date, uiLanguage)}
            readingTime={ui.readingTime(post.readingMinutes)}
            keywords={post.keywords}
            keywordsLabel={ui.keywords}
          />
        )}
      </header>
      {hasSessionList && (
        <SessionList outline={post.outline} label={post.outline.kind === 'conference' ? ui.sessionList : ui.tableOfContents} talkCount={ui.talkCount} />
      )}
      <MarkdownContent html={post.html} />
      {/* Filled by the reader script when a # link is copied; a live region must be in the page before it speaks. */}
      <p className="copy-notice" role="status" data-copied-label={ui.linkCopied} data-copy-code-label={ui.copyCode} data-code-copied-label={ui.codeCopied} />
    </article>
  );
}
