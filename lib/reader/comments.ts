import { READER_HOOKS } from './hooks';

interface DisqusPage {
  url?: string;
  identifier?: string;
  title?: string;
}

type DisqusConfig = (this: { page: DisqusPage }) => void;

declare global {
  interface Window {
    disqus_config?: DisqusConfig;
  }
}

/** Start loading this far before the comments scroll into view, so they are there when the reader arrives. */
const NEAR_VIEWPORT = '600px 0px';
/*
 * Disqus is blocked in some countries (mainland China among them) and can
 * hang rather than fail: a thread not drawn by then counts as unreachable.
 */
export const THREAD_TIMEOUT_MS = 10_000;

/** A thread is drawn when Disqus's frame has grown to show something. */
function threadDrawn(thread: HTMLElement): boolean {
  return [...thread.querySelectorAll('iframe')].some((frame) => frame.offsetHeight > 0);
}

/**
 * The comments of a post. Nothing from Disqus is requested until the reader
 * comes near the comments (or presses "Show comments", if the site is set up
 * that way); the thread's space is reserved by CSS so the page does not
 * shift. When Disqus cannot be reached, the reserved space says so and links
 * to the thread on disqus.com.
 */
export function loadCommentsWhenWanted(): void {
  const section = document.querySelector<HTMLElement>(READER_HOOKS.comments);
  const thread = section?.querySelector<HTMLElement>('#disqus_thread');
  if (!section || !thread) return;
  const { disqusShortname: shortname, disqusUrl: url, disqusIdentifier: identifier, disqusTitle: title, commentsLoading } = section.dataset;
  if (!shortname || !/^[a-z0-9-]+$/i.test(shortname)) return;
  const unavailable = section.querySelector<HTMLElement>('.comments-unavailable');
  const button = section.querySelector<HTMLButtonElement>('.comments-button');

  let started = false;
  const load = () => {
    if (started) return;
    started = true;
    if (button) button.hidden = true;
    window.disqus_config = function disqusConfig() {
      this.page.url = url;
      // No identifier: Disqus finds the thread by its URL, as the old blog's embed had it.
      if (identifier !== undefined) this.page.identifier = identifier;
      this.page.title = title;
    };
    const showUnavailable = () => {
      if (unavailable && !threadDrawn(thread)) unavailable.hidden = false;
    };
    const timer = window.setTimeout(showUnavailable, THREAD_TIMEOUT_MS);
    // A slow thread that arrives after the message takes its place.
    const watcher = new MutationObserver(() => {
      if (!threadDrawn(thread)) return;
      clearTimeout(timer);
      if (unavailable) unavailable.hidden = true;
      watcher.disconnect();
    });
    watcher.observe(thread, { childList: true, subtree: true, attributes: true });
    const script = document.createElement('script');
    script.src = `https://${shortname}.disqus.com/embed.js`;
    script.async = true;
    script.setAttribute('data-timestamp', String(Date.now()));
    script.addEventListener('error', showUnavailable);
    document.body.append(script);
  };

  if (commentsLoading === 'on-click') {
    if (!button) return;
    button.hidden = false;
    button.addEventListener('click', load);
    return;
  }
  if (typeof IntersectionObserver === 'undefined') {
    load();
    return;
  }
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      load();
    },
    { rootMargin: NEAR_VIEWPORT },
  );
  observer.observe(section);
}
