import type { Metadata } from 'next';
import { absoluteUrl, site } from '@/lib/site';

/**
 * Next.js replaces a layout's `alternates` with the page's instead of merging
 * them, so every page states its canonical URL and the feed links together.
 * Absolute: Next.js would join a root-relative URL to metadataBase's path,
 * doubling the base path.
 */
export function alternatesFor(path: string): NonNullable<Metadata['alternates']> {
  const [atom] = site.feeds.atom;
  const [rss] = site.feeds.rss;
  return {
    canonical: absoluteUrl(path),
    types: {
      ...(atom !== undefined ? { 'application/atom+xml': [{ url: absoluteUrl(atom), title: site.title }] } : {}),
      ...(rss !== undefined ? { 'application/rss+xml': [{ url: absoluteUrl(rss), title: site.title }] } : {}),
    },
  };
}
