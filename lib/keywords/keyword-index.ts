import { keywordSlug } from './keyword-slug';

export interface KeywordEntry<P> {
  /** The keyword as most posts spell it. */
  keyword: string;
  /** Its address segment: /keywords/<slug>/. */
  slug: string;
  /** Posts that carry it, in the order given (the home page's). */
  posts: P[];
}

/**
 * Every keyword of the given posts, most used first (then alphabetically).
 * Spellings that share a slug ('Apache Flink', 'apache flink') are one
 * keyword, named as most posts spell it.
 */
export function keywordIndex<P extends { keywords: readonly string[] }>(posts: readonly P[]): KeywordEntry<P>[] {
  const bySlug = new Map<string, { spellings: Map<string, number>; posts: P[] }>();
  for (const post of posts) {
    const seen = new Set<string>();
    for (const keyword of post.keywords) {
      const slug = keywordSlug(keyword);
      if (seen.has(slug)) continue;
      seen.add(slug);
      const entry = bySlug.get(slug) ?? { spellings: new Map<string, number>(), posts: [] };
      entry.spellings.set(keyword, (entry.spellings.get(keyword) ?? 0) + 1);
      entry.posts.push(post);
      bySlug.set(slug, entry);
    }
  }
  return [...bySlug.entries()]
    .map(([slug, entry]) => {
      let keyword = slug;
      let uses = 0;
      // Map order is first-seen order: a tie goes to the spelling of the newest post.
      for (const [spelling, count] of entry.spellings) {
        if (count > uses) [keyword, uses] = [spelling, count];
      }
      return { keyword, slug, posts: entry.posts };
    })
    .sort((a, b) => b.posts.length - a.posts.length || a.keyword.localeCompare(b.keyword));
}
