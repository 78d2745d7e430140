import { safeDecode } from '../urls';

/*
 * What the old site's built pages say, read from their text: the Disqus
 * thread a post showed, the entries of a feed, where a redirect page sends.
 * Generators write these in a few fixed shapes; a pattern per shape is
 * enough, and what matches none is reported as unknown, not guessed.
 */

const unescapeXml = (text: string) =>
  text
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .trim();

/** A JavaScript string literal's value ('…' or "…", with \' \" \/ escapes). */
const jsString = (literal: string) => literal.slice(1, -1).replace(/\\(['"\\/])/g, '$1');

/** The Disqus thread of a built page: whether it has one, and the identifier its embed sends (undefined: none). */
export function oldDisqusThread(html: string): { thread: boolean; identifier: string | undefined } {
  const thread = /id=["']?disqus_thread\b/.test(html);
  const assignment = /(?:this\.page\.identifier|disqus_identifier)\s*[=:]\s*('(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")/.exec(html);
  const value = assignment?.[1] !== undefined ? jsString(assignment[1]) : undefined;
  return { thread, identifier: value === '' ? undefined : value };
}

export interface OldFeedEntry {
  id: string;
  link: string;
}

/** A feed's format and entries (id and link), or undefined for a file that is no Atom or RSS feed. */
export function oldFeedEntries(xml: string): { format: 'atom' | 'rss'; entries: OldFeedEntry[] } | undefined {
  if (/<feed\b[^>]*xmlns=["']http:\/\/www\.w3\.org\/2005\/Atom["']/.test(xml)) {
    const entries = [...xml.matchAll(/<entry\b[^>]*>([\s\S]*?)<\/entry>/g)].map((match) => {
      const body = match[1] ?? '';
      const link = /<link\b(?=[^>]*\brel=["']alternate["'])[^>]*\bhref=["']([^"']+)["']/.exec(body)?.[1] ?? /<link\b(?![^>]*\brel=)[^>]*\bhref=["']([^"']+)["']/.exec(body)?.[1] ?? /<link\b[^>]*\bhref=["']([^"']+)["']/.exec(body)?.[1] ?? '';
      return { id: unescapeXml(/<id>([\s\S]*?)<\/id>/.exec(body)?.[1] ?? ''), link: unescapeXml(link) };
    });
    return { format: 'atom', entries };
  }
  if (/<rss\b/.test(xml)) {
    const entries = [...xml.matchAll(/<item\b[^>]*>([\s\S]*?)<\/item>/g)].map((match) => {
      const body = match[1] ?? '';
      const link = unescapeXml(/<link>([\s\S]*?)<\/link>/.exec(body)?.[1] ?? '');
      return { id: unescapeXml(/<guid\b[^>]*>([\s\S]*?)<\/guid>/.exec(body)?.[1] ?? link), link };
    });
    return { format: 'rss', entries };
  }
  return undefined;
}

/** Where a redirect page (a meta refresh, as Hugo's aliases and jekyll-redirect-from write) sends readers; undefined for any other page. */
export function redirectTarget(html: string): string | undefined {
  if (html.length > 4096) return undefined;
  const refresh = /<meta\b[^>]*http-equiv=["']?refresh["']?[^>]*content=["']\s*\d+\s*;\s*url=([^"']+)["']/i.exec(html);
  return refresh?.[1] !== undefined ? unescapeXml(refresh[1]) : undefined;
}

/** The site path of an absolute or root-relative URL of the old site, without its base path; undefined for another site's. */
export function sitePathOf(url: string, baseUrl: string, basePath: string): string | undefined {
  const base = new URL(`${baseUrl}${basePath}/`);
  if (!URL.canParse(url, base)) return undefined;
  const parsed = new URL(url, base);
  if (parsed.origin !== base.origin) return undefined;
  const pathname = safeDecode(parsed.pathname);
  if (basePath === '') return pathname;
  return pathname.startsWith(`${basePath}/`) ? pathname.slice(basePath.length) : undefined;
}
