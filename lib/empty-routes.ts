/*
 * `output: 'export'` refuses a dynamic route whose generateStaticParams lists
 * nothing, and a blog may have no keywords at all (a site without posts is
 * refused earlier, by lib/content, with a message). Such a route
 * lists one placeholder instead; its page finds nothing there, and
 * scripts/finalize-export.ts deletes what the export wrote for it. Posts may
 * not take the placeholder's address (lib/content/permalink.ts).
 */
export const EMPTY_ROUTE_SEGMENT = '_confnotes-empty';

/** The params as they are, or the one placeholder when there are none. */
export function withPlaceholderIfEmpty<Params>(params: Params[], placeholder: Params): Params[] {
  return params.length > 0 ? params : [placeholder];
}

/** Whether an exported file (path relative to out/, '/'-separated) was written for a placeholder. */
export function isPlaceholderOutput(relativePath: string): boolean {
  return relativePath.split('/').some((segment) => segment === EMPTY_ROUTE_SEGMENT || segment.startsWith(`${EMPTY_ROUTE_SEGMENT}.`));
}
