import type { Metadata } from 'next';
import { absoluteUrl, site, sitePath } from '@/lib/site';

/**
 * Next.js replaces a layout's `alternates` with the page's instead of merging
 * them, so every page states its canonical URL and the feed link together.
 */
export function alternatesFor(path: string): NonNullable<Metadata['alternates']> {
  return {
    canonical: absoluteUrl(path),
    types: { 'application/atom+xml': [{ url: sitePath('/feed.xml'), title: site.title }] },
  };
}
