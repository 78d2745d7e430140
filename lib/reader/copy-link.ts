import { READER_HOOKS } from './hooks';
import { announce } from './notice';

/**
 * Clicking a heading's or talk's `#` link still navigates (the anchor goes
 * into the address bar) and also copies the full URL, with a short notice
 * in a live region the page already holds.
 */
export function copyHeadingLinks(): void {
  const notice = document.querySelector<HTMLElement>(READER_HOOKS.copyNotice);
  if (!notice || !document.querySelector(READER_HOOKS.headingAnchor)) return;
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>(READER_HOOKS.headingAnchor) : null;
    if (!link || !navigator.clipboard) return;
    navigator.clipboard.writeText(link.href).then(
      () => announce(notice, notice.dataset.copiedLabel ?? ''),
      // Clipboard refused (permissions, insecure context): the link still did its job.
      () => undefined,
    );
  });
}
