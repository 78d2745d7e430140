import { getAllPosts } from '@/lib/content';
import { EMPTY_ROUTE_SEGMENT, withPlaceholderIfEmpty } from '@/lib/empty-routes';
import { sitePath } from '@/lib/site';
import { siteTalks } from '@/lib/talks/site-talks';
import { talkRecords } from '@/lib/talks/talk-years';
import { exportParams } from '@/lib/export-params';

/* A year's talks for the talk index's filter (components/TalkYears.tsx), written at build time. */
export const dynamic = 'force-static';

export function generateStaticParams(): Promise<Array<{ year: string }>> {
  return exportParams(async () => withPlaceholderIfEmpty(siteTalks(await getAllPosts()).years.map((entry) => ({ year: entry.year })), { year: EMPTY_ROUTE_SEGMENT }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ year: string }> }): Promise<Response> {
  const { year } = await params;
  const entry = siteTalks(await getAllPosts()).years.find((candidate) => candidate.year === year);
  if (!entry) return new Response('Not found', { status: 404 });
  return Response.json(talkRecords(entry, sitePath));
}
