import type { Outline } from '@/lib/outline/types';
import { talkListHtml } from '@/lib/outline/talk-list-html';
import { sitePath } from '@/lib/site';

/**
 * A conference post's talks, grouped by day and session, each linking to its
 * anchor on the post page, with the first sentence of its summary (unless
 * `summaries` is false: a keyword page lists many posts' talks, titles are
 * enough), written by lib/outline as one string per post.
 */
export function ConferenceTalks({
  outline,
  postPath,
  summaries = true,
  filterable = false,
  speakerHref,
}: {
  outline: Outline;
  postPath: string;
  summaries?: boolean;
  filterable?: boolean;
  /** Lists speakers, each linking here (the talk index); left out without it. */
  speakerHref?: ((name: string) => string | undefined) | undefined;
}) {
  const html = talkListHtml(outline, { postHref: sitePath(postPath), summaries, filterable, speakerHref });
  return html === '' ? null : <div className="conference-talks" dangerouslySetInnerHTML={{ __html: html }} />;
}
