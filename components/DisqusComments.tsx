'use client';

import { useEffect, useRef, useState } from 'react';
import type { CommentsLoading } from '@/lib/site-config-schema';

/** What Disqus calls `this.page` inside `disqus_config`. */
export interface DisqusThread {
  url: string;
  identifier: string;
  title: string;
}

interface DisqusConfigContext {
  page: Partial<DisqusThread>;
}

type DisqusConfigFunction = (this: DisqusConfigContext) => void;

declare global {
  interface Window {
    disqus_config?: DisqusConfigFunction;
    DISQUS?: { reset: (options: { reload: boolean; config: DisqusConfigFunction }) => void };
  }
}

const SCRIPT_ID = 'disqus-embed-script';
/** Start loading this far before the comments scroll into view, so they are there when the reader arrives. */
const NEAR_VIEWPORT = '600px 0px';

function configFor(thread: DisqusThread): DisqusConfigFunction {
  return function disqusConfig(this: DisqusConfigContext) {
    this.page.url = thread.url;
    this.page.identifier = thread.identifier;
    this.page.title = thread.title;
  };
}

/*
 * One embed.js per visit: the first thread loads the script, later threads
 * (client-side navigation to another post, or back to this one) reset the
 * instance it left in window.DISQUS. disqus-react removes the script and
 * window.DISQUS on unmount, so the same trip loads embed.js again.
 */
function showThread(shortname: string, thread: DisqusThread): void {
  const config = configFor(thread);
  window.disqus_config = config;
  if (window.DISQUS) {
    window.DISQUS.reset({ reload: true, config });
    return;
  }
  // Still loading: embed.js reads window.disqus_config when it runs, which is now this thread's.
  if (document.getElementById(SCRIPT_ID)) return;
  const script = document.createElement('script');
  script.id = SCRIPT_ID;
  script.src = `https://${shortname}.disqus.com/embed.js`;
  script.async = true;
  script.setAttribute('data-timestamp', String(Date.now()));
  document.body.appendChild(script);
}

export interface DisqusCommentsProps {
  shortname: string;
  thread: DisqusThread;
  loading: CommentsLoading;
  labels: { heading: string; show: string; needJavaScript: string };
}

/**
 * The comments of a post. Nothing from Disqus is requested until the reader
 * comes near the comments (or presses "Show comments", if the site is set
 * up that way); the thread's space is reserved so the page does not shift.
 */
export function DisqusComments({ shortname, thread, loading, labels }: DisqusCommentsProps) {
  const sectionRef = useRef<HTMLElement>(null);
  const [wanted, setWanted] = useState(false);

  useEffect(() => {
    const section = sectionRef.current;
    if (loading !== 'near-viewport' || !section) return;
    if (typeof IntersectionObserver === 'undefined') {
      setWanted(true);
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          observer.disconnect();
          setWanted(true);
        }
      },
      { rootMargin: NEAR_VIEWPORT },
    );
    observer.observe(section);
    return () => observer.disconnect();
  }, [loading]);

  const { url, identifier, title } = thread;
  useEffect(() => {
    if (wanted) showThread(shortname, { url, identifier, title });
  }, [wanted, shortname, url, identifier, title]);

  return (
    <section ref={sectionRef} className="comments" aria-label={labels.heading}>
      <h2 className="comments-heading">{labels.heading}</h2>
      <div id="disqus_thread" className="comments-thread">
        {loading === 'on-click' && !wanted && (
          <button type="button" className="comments-button" onClick={() => setWanted(true)}>
            {labels.show}
          </button>
        )}
      </div>
      <noscript>
        <p className="comments-noscript">{labels.needJavaScript}</p>
      </noscript>
    </section>
  );
}
