/** What search engines read of a post: schema.org's BlogPosting. */
export interface BlogPosting {
  headline: string;
  description: string | undefined;
  datePublished: string | undefined;
  author: string;
  keywords: readonly string[];
  url: string;
  image: string;
  inLanguage: string;
}

/**
 * JSON-LD in the page (a data block: it runs no code, and the export step
 * keeps it). `<` is escaped so that no title can close the script element.
 */
export function PostJsonLd({ posting }: { posting: BlogPosting }) {
  const data = {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    headline: posting.headline,
    ...(posting.description ? { description: posting.description } : {}),
    ...(posting.datePublished ? { datePublished: posting.datePublished, dateModified: posting.datePublished } : {}),
    author: { '@type': 'Person', name: posting.author },
    ...(posting.keywords.length > 0 ? { keywords: posting.keywords.join(', ') } : {}),
    url: posting.url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': posting.url },
    image: posting.image,
    inLanguage: posting.inLanguage,
  };
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, '\\u003c') }} />;
}
