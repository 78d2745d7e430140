/*
 * The site's own list pages live at folder addresses (/talks/,
 * /talks/2019/, /talks/2019/page/2/, /keywords/apache-flink/, /page/2/,
 * /keywords/apache-flink/page/2/), so that static hosts serve them at the
 * address with its slash, where the export wrote talks.html (it writes posts
 * as .html files, Jekyll's layout). Posts may not use these addresses
 * (lib/content/permalink.ts).
 */
const FOLDER_PAGES: RegExp[] = [
  /^(talks|keywords)\.html$/,
  /^(talks\/(?:\d{4}|undated)(?:\/page\/\d+)?)\.html$/,
  /^(keywords\/[^/]+)\.html$/,
  /^(keywords\/[^/]+\/page\/\d+)\.html$/,
  /^(page\/\d+)\.html$/,
];

/** Where an exported page must move to be served at its folder address; undefined for every other file. */
export function folderPageTarget(relativePath: string): string | undefined {
  for (const pattern of FOLDER_PAGES) {
    const folder = pattern.exec(relativePath)?.[1];
    if (folder !== undefined) return `${folder}/index.html`;
  }
  return undefined;
}
