import { blogPostingJsonLd, type BlogPosting } from '@/lib/json-ld';

/**
 * JSON-LD in the page (a data block: it runs no code, and the export step
 * keeps it). `<` is escaped so that no title can close the script element.
 */
export function PostJsonLd({ posting }: { posting: BlogPosting }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(blogPostingJsonLd(posting)).replace(/</g, '\\u003c') }} />;
}
