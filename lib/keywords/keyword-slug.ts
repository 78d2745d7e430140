import { createHash } from 'node:crypto';

/**
 * The address segment of a keyword: lower case, letters and digits of any
 * script kept (性能 stays 性能), every run of anything else (spaces, '/',
 * '&', punctuation) one '-'. 'C/C++ & 性能' → 'c-c++-性能'. A keyword of
 * nothing but punctuation gets a short hash, never an empty segment.
 */
export function keywordSlug(keyword: string): string {
  const slug = keyword
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}+._]+/gu, '-')
    .replace(/^[-._]+|[-._]+$/g, '');
  return slug !== '' ? slug : `keyword-${createHash('sha256').update(keyword).digest('hex').slice(0, 8)}`;
}
