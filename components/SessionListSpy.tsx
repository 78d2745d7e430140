'use client';

import { useEffect } from 'react';

/*
 * The part being read is the last target whose top is above this line (px
 * from the top of the viewport): a deep link lands its target just below
 * the line, never the talk after it. At the very end of the page, the last
 * target on screen wins, since short final sections never reach the line.
 */
const READING_LINE = 32;

/**
 * Marks the session-list link of the part being read (aria-current) and keeps
 * it in view inside the list. Progressive: the list works without it.
 */
export function SessionListSpy() {
  useEffect(() => {
    const nav = document.querySelector<HTMLElement>('[data-session-list]');
    if (!nav || typeof IntersectionObserver === 'undefined') return;
    const entries = [...nav.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')]
      .map((link) => ({ link, target: document.getElementById(decodeURIComponent(link.hash.slice(1))) }))
      .filter((entry): entry is { link: HTMLAnchorElement; target: HTMLElement } => entry.target !== null);
    if (entries.length === 0) return;

    let current: HTMLAnchorElement | undefined;
    let frame = 0;
    const update = () => {
      frame = 0;
      const atBottom = window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2;
      const line = atBottom ? window.innerHeight : READING_LINE;
      let active: HTMLAnchorElement | undefined;
      for (const { link, target } of entries) {
        if (target.getBoundingClientRect().top <= line) active = link;
        else break;
      }
      if (active === current) return;
      current?.removeAttribute('aria-current');
      current = active;
      if (!active) return;
      active.setAttribute('aria-current', 'location');
      const scroller = nav.querySelector<HTMLElement>('.outline');
      if (scroller && scroller.scrollHeight > scroller.clientHeight) {
        const linkBox = active.getBoundingClientRect();
        const box = scroller.getBoundingClientRect();
        if (linkBox.top < box.top || linkBox.bottom > box.bottom) {
          scroller.scrollTop += linkBox.top - box.top - box.height / 2;
        }
      }
    };
    const schedule = () => {
      if (frame === 0) frame = window.requestAnimationFrame(update);
    };

    // Observers only say when to look: a target crossing the reading line, or
    // the footer coming fully into view (the end of the page); positions decide.
    const observer = new IntersectionObserver(schedule, { rootMargin: `-${READING_LINE}px 0px 0px 0px` });
    for (const { target } of entries) observer.observe(target);
    const footer = document.querySelector('.site-footer');
    const endObserver = new IntersectionObserver(schedule, { threshold: 1 });
    if (footer) endObserver.observe(footer);
    window.addEventListener('hashchange', schedule);
    schedule();
    return () => {
      observer.disconnect();
      endObserver.disconnect();
      window.removeEventListener('hashchange', schedule);
      if (frame !== 0) window.cancelAnimationFrame(frame);
    };
  }, []);
  return null;
}
