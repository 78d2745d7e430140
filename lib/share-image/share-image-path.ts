/** Where a post's share image is published: /og/<route segments>.png (a static PNG the export writes). */
export function shareImagePath(routeSegments: readonly string[]): string {
  return `/og/${routeSegments.join('/')}.png`;
}

/** The post route segments of a share image's address segments; undefined when it is not a share image's. */
export function routeSegmentsOfShareImage(segments: readonly string[]): string[] | undefined {
  const last = segments.at(-1);
  if (last === undefined || !last.endsWith('.png')) return undefined;
  return [...segments.slice(0, -1), last.slice(0, -'.png'.length)];
}
