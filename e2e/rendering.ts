import type { Page } from '@playwright/test';

/**
 * Resolves once the browser has rendered twice more: by then what the page
 * does in response to loading or scrolling (IntersectionObserver callbacks,
 * scroll handlers, the reader script's first pass) has run, and a request
 * it was going to make has been made. The condition a test means when it
 * checks that something was *not* requested, instead of waiting for the
 * network to fall idle (which never happens on a page that prefetches, and
 * flakes on a busy machine).
 */
export async function afterRendering(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}
