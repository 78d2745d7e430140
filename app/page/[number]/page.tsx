import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { HomeList } from '@/components/HomeList';
import { getAllPosts } from '@/lib/content';
import { EMPTY_ROUTE_SEGMENT, withPlaceholderIfEmpty } from '@/lib/empty-routes';
import { uiStrings } from '@/lib/i18n';
import { laterPages, listPage, listPagePath } from '@/lib/pagination';
import { site } from '@/lib/site';
import { alternatesFor } from '../../metadata';
import { exportParams } from '@/lib/export-params';

interface HomePageNumberProps {
  params: Promise<{ number: string }>;
}

const ui = uiStrings(site.uiLanguage);

/** The home page's pages past the first: /page/2/, /page/3/… */
export function generateStaticParams(): Promise<Array<{ number: string }>> {
  return exportParams(async () => withPlaceholderIfEmpty(laterPages((await getAllPosts()).length, site.pageSize).map((number) => ({ number: String(number) })), { number: EMPTY_ROUTE_SEGMENT }));
}

async function pageOf(params: HomePageNumberProps['params']) {
  const number = Number((await params).number);
  return number >= 2 ? listPage(await getAllPosts(), site.pageSize, number) : undefined;
}

export async function generateMetadata({ params }: HomePageNumberProps): Promise<Metadata> {
  const page = await pageOf(params);
  if (!page) return {};
  return { title: `${ui.allPosts} · ${ui.pageOf(page.number, page.count)}`, alternates: alternatesFor(listPagePath('/', page.number)) };
}

export default async function HomePageNumber({ params }: HomePageNumberProps) {
  const page = await pageOf(params);
  if (!page) notFound();
  return (
    <section aria-labelledby="all-posts" className="home">
      <h1 id="all-posts">{ui.allPosts}</h1>
      <HomeList page={page} ui={ui} uiLanguage={site.uiLanguage} />
    </section>
  );
}
