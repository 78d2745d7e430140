const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character] ?? character);

export interface RedirectPageOptions {
  /** Where the post is now, as the browser requests it (base path included). */
  target: string;
  /** The post's canonical, absolute address. */
  canonical: string;
  title: string;
  lang: string;
  /** The visible link's text, for readers whose browser does not follow the refresh. */
  linkText: string;
}

/**
 * A page at an old address that sends the reader to the post, as
 * jekyll-redirect-from does: a canonical link (search engines move the
 * page's rank), a meta refresh, and a visible link. The one inline script
 * keeps the #anchor the reader came with (`/old.html#day-1` → `…#day-1`),
 * which a meta refresh drops; it runs before the refresh is followed.
 */
export function redirectPage(options: RedirectPageOptions): string {
  const target = escapeHtml(options.target);
  const script = `location.replace(${JSON.stringify(options.target).replace(/</g, '\\u003c')}+location.hash)`;
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(options.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeHtml(options.title)}</title>`,
    `<link rel="canonical" href="${escapeHtml(options.canonical)}">`,
    '<meta name="robots" content="noindex">',
    `<script>${script}</script>`,
    `<meta http-equiv="refresh" content="0; url=${target}">`,
    '</head>',
    '<body>',
    `<p><a href="${target}">${escapeHtml(options.linkText)}</a></p>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
