import { safeDecode } from '../urls';
import { currentTargetIndex, READING_LINE } from './reading-position';
import { READER_HOOKS } from './hooks';

/**
 * Marks the session-list link of the part being read (aria-current; CSS
 * marks its session and day too) and keeps it in view inside the list.
 * Progressive: the list works without it.
 */
export function followReadingPosition(): void {
  const nav = document.querySelector<HTMLElement>(READER_HOOKS.sessionList);
  if (!nav || typeof IntersectionObserver === 'undefined') return;
  const entries = [...nav.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')].flatMap((link) => {
    const target = document.getElementById(safeDecode(link.hash.slice(1)));
    return target ? [{ link, target }] : [];
  });
  if (entries.length === 0) return;
  const scroller = nav.querySelector<HTMLElement>('.outline');

  let current: HTMLAnchorElement | undefined;
  let frame = 0;
  const update = () => {
    frame = 0;
    const atBottom = window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2;
    const index = currentTargetIndex(
      entries.map(({ target }) => target.getBoundingClientRect().top),
      window.innerHeight,
      atBottom,
    );
    const active = entries[index]?.link;
    if (active === current) return;
    current?.removeAttribute('aria-current');
    current = active;
    if (!active) return;
    active.setAttribute('aria-current', 'location');
    if (scroller && scroller.scrollHeight > scroller.clientHeight) {
      const linkBox = active.getBoundingClientRect();
      const box = scroller.getBoundingClientRect();
      if (linkBox.top < box.top || linkBox.bottom > box.bottom) scroller.scrollTop += linkBox.top - box.top - box.height / 2;
    }
  };
  const schedule = () => {
    if (frame === 0) frame = requestAnimationFrame(update);
  };

  // Observers only say when to look (a target crossing the reading line, the
  // footer coming fully into view at the end of the page); positions decide.
  const crossings = new IntersectionObserver(schedule, { rootMargin: `-${READING_LINE}px 0px 0px 0px` });
  for (const { target } of entries) crossings.observe(target);
  const footer = document.querySelector('.site-footer');
  if (footer) new IntersectionObserver(schedule, { threshold: 1 }).observe(footer);
  addEventListener('hashchange', schedule);
  schedule();
}
