const SHOWN_FOR_MS = 2000;
const timers = new WeakMap<HTMLElement, number>();

/** Says `text` in the page's live region (the copy notice) for a moment: screen readers read it, sighted readers see it. */
export function announce(notice: HTMLElement, text: string): void {
  notice.textContent = text;
  notice.dataset.visible = 'true';
  clearTimeout(timers.get(notice));
  timers.set(
    notice,
    window.setTimeout(() => {
      notice.dataset.visible = 'false';
      notice.textContent = '';
    }, SHOWN_FOR_MS),
  );
}
