/** Posts scripts/bench.ts generates besides the seed-shaped ones. */

/**
 * A seed-shaped post without its text: the front matter, every heading
 * (Markdown `#` lines and raw-HTML `<hN>` blocks) and each talk's first
 * line (`* Title <br>`), which is all the outline, keyword, talk-index and
 * speaker pages are built from.
 */
export function outlineOnly(markdown: string): string {
  const frontMatter = /^---\n[\s\S]*?\n---\n/.exec(markdown)?.[0] ?? '';
  const kept: string[] = [];
  let inHeading = false;
  for (const line of markdown.slice(frontMatter.length).split('\n')) {
    if (/^<h[1-6]\b/i.test(line)) inHeading = true;
    if (inHeading || /^#{1,6}\s/.test(line) || /^[*-]\s+\S/.test(line)) kept.push(inHeading ? line : `${line}\n`);
    if (/<\/h[1-6]>\s*$/i.test(line)) {
      inHeading = false;
      kept.push('');
    }
  }
  return `${frontMatter}\n${kept.join('\n')}\n`;
}
