import type { Metadata } from 'next';
import { absoluteUrl, site } from '@/lib/site';

/**
 * Next.js replaces a layout's `alternates` with the page's instead of merging
 * them, so every page states its canonical URL and the feed link together.
 */
export function alternatesFor(path: string): NonNullable<Metadata['alternates']> {
  return {
    canonical: absoluteUrl(path),
    // Absolute: Next.js would join a root-relative URL to metadataBase's path, doubling the base path.
    types: { 'application/atom+xml': [{ url: absoluteUrl('/feed.xml'), title: site.title }] },
  };
}
