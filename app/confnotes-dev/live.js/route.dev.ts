/*
 * `next dev` only: the live reload as a plain script of ours. The page
 * reloads when the content folder no longer holds what it was rendered
 * from (the events of /confnotes-dev/live). A script from this route runs
 * whatever address the page was opened at (localhost, 127.0.0.1, a phone on
 * the same network): it needs none of Next.js's dev resources, which
 * Next.js serves only to the origins it allows.
 */
export const dynamic = 'force-dynamic';

const SCRIPT = `(() => {
  if (window.__confnotesLiveReload) return;
  window.__confnotesLiveReload = true;
  const script = document.currentScript;
  const renderedFrom = script && script.dataset.renderedFrom;
  const events = new EventSource(script && script.dataset.events);
  events.addEventListener('version', (event) => {
    if (event.data !== renderedFrom) window.location.reload();
  });
})();
`;

export function GET(): Response {
  return new Response(SCRIPT, { headers: { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-store' } });
}
