/*
 * Navigation between pages is plain links. Chromium browsers read these
 * rules (JSON, no code runs) and fetch the next page ahead: its HTML when the
 * reader hovers a link (moderate), the whole page, rendered, when they press
 * it (conservative), so it shows at once on release. Other browsers load the
 * static page as usual. Hover costs one small HTML request that may go
 * unused; press is almost always followed by the navigation.
 */

/**
 * Links that are not a page the reader is about to open: in-page anchors,
 * nofollow, downloads, new tabs, and files (feeds, images, archives). One
 * selector, since the rules are written into every page.
 */
const NOT_NAVIGATION = [
  '[href^="#"]',
  '.heading-anchor',
  '[rel~=nofollow]',
  '[download]',
  '[target=_blank]',
  ...['.xml', '.txt', '.json', '.png', '.jpg', '.jpeg', '.gif', '.webp', '.svg', '.pdf', '.zip'].map((extension) => `[href$="${extension}" i]`),
].join(',');

export interface SpeculationRules {
  prefetch: Array<{ where: object; eagerness: 'moderate' }>;
  prerender: Array<{ where: object; eagerness: 'conservative' }>;
}

/** Same-site pages under the base path. */
export function speculationRules(basePath: string): SpeculationRules {
  const where = { and: [{ href_matches: `${basePath}/*` }, { not: { selector_matches: NOT_NAVIGATION } }] };
  return { prefetch: [{ where, eagerness: 'moderate' }], prerender: [{ where, eagerness: 'conservative' }] };
}
