'use client';

import { useEffect } from 'react';

/**
 * `next dev` only (the layout renders it nowhere else, and no production
 * page ships the runtime it needs): reloads the page when the content folder
 * no longer holds what the page was rendered from. A client component rather than a plain script because `next dev`
 * renders some pages (its 404, after an error) on the client, where a
 * server-rendered <script> never runs. The browser keeps the scroll position.
 */
export function DevelopmentLiveReload({ url, renderedFrom }: { url: string; renderedFrom: string }) {
  useEffect(() => {
    // The plain script (app/confnotes-dev/live.js) listens already on a page the server rendered.
    const flags = window as Window & { __confnotesLiveReload?: boolean };
    if (flags.__confnotesLiveReload) return undefined;
    flags.__confnotesLiveReload = true;
    const events = new EventSource(url);
    events.addEventListener('version', (event) => {
      if (event.data !== renderedFrom) window.location.reload();
    });
    return () => {
      events.close();
      flags.__confnotesLiveReload = false;
    };
  }, [url, renderedFrom]);
  return null;
}
