/*
 * The talk index and keyword pages live at folder addresses (/talks/,
 * /keywords/apache-flink/), so that static hosts serve them at the address
 * with its slash, where the export wrote talks.html (it writes posts as
 * .html files, Jekyll's layout). Posts may not use these addresses
 * (lib/content/sources.ts).
 */
export const FOLDER_PAGE_ROOTS = ['talks', 'keywords'] as const;

/** Where an exported page must move to be served at its folder address; undefined for every other file. */
export function folderPageTarget(relativePath: string): string | undefined {
  const match = /^(talks|keywords)(?:\/([^/]+))?\.html$/.exec(relativePath);
  if (!match) return undefined;
  const [, root, keyword] = match;
  if (root === 'talks' && keyword !== undefined) return undefined;
  return keyword === undefined ? `${root}/index.html` : `${root}/${keyword}/index.html`;
}
