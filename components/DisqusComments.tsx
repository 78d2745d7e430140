import { disqusThreadLink, type DisqusThread } from '@/lib/disqus';
import type { CommentsLoading } from '@/lib/site-config-schema';

export interface DisqusCommentsProps {
  shortname: string;
  thread: DisqusThread;
  loading: CommentsLoading;
  labels: { heading: string; show: string; needJavaScript: string; unavailable: string; openOnDisqus: string };
}

/**
 * The comments block of a post, as markup only: the reader script
 * (lib/reader/comments.ts) reads the thread from the data attributes and
 * loads Disqus near the viewport or on "Show comments". The space below the
 * heading is reserved, so nothing shifts when the thread arrives; its notes
 * (no JavaScript, Disqus unreachable) stand at the top of that space.
 */
export function DisqusComments({ shortname, thread, loading, labels }: DisqusCommentsProps) {
  return (
    <section
      className="comments"
      aria-labelledby="comments-heading"
      data-disqus-shortname={shortname}
      data-disqus-url={thread.url}
      data-disqus-identifier={thread.identifier}
      data-disqus-title={thread.title}
      data-comments-loading={loading}
    >
      <h2 className="comments-heading" id="comments-heading">
        {labels.heading}
      </h2>
      <div className="comments-space">
        <noscript>
          <p className="comments-note">{labels.needJavaScript}</p>
        </noscript>
        <p className="comments-note comments-unavailable" role="status" hidden>
          {labels.unavailable} <a href={disqusThreadLink(shortname, thread)}>{labels.openOnDisqus}</a>
        </p>
        {loading === 'on-click' && (
          <button type="button" className="comments-button" hidden>
            {labels.show}
          </button>
        )}
        <div id="disqus_thread" />
      </div>
    </section>
  );
}
