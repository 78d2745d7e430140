import { sessionListHtml } from '@/lib/outline/session-list-html';
import type { Outline } from '@/lib/outline/types';

export interface SessionListProps {
  outline: Outline;
  label: string;
  talkCount: (talks: number) => string;
}

/**
 * The post's days, sessions and talks as nested links (an article's
 * contents: its headings), rendered on the server: it works without
 * JavaScript. A <details> so that narrow screens get a disclosure at the top
 * of the post; on wide screens CSS keeps it open beside the text.
 */
export function SessionList({ outline, label, talkCount }: SessionListProps) {
  return (
    <nav className="session-list" aria-label={label} data-session-list="">
      <details dangerouslySetInnerHTML={{ __html: sessionListHtml(outline, { label, talkCount }) }} />
    </nav>
  );
}
