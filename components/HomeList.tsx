import type { Post } from '@/lib/content';
import type { UiStrings } from '@/lib/i18n';
import { KATEX_STYLESHEET } from '@/lib/markdown/katex-stylesheet';
import type { ListPage } from '@/lib/pagination';
import { sitePath } from '@/lib/site';
import type { UiLanguage } from '@/lib/site-config-schema';
import { ListPagination } from './ListPagination';
import { PostList } from './PostList';

/** One page of the home page's list of posts, newest first, with links to the pages before and after it. */
export function HomeList({ page, ui, uiLanguage }: { page: ListPage<Post>; ui: UiStrings; uiLanguage: UiLanguage }) {
  const labels = { navigation: ui.listPages, newer: ui.newerPosts, older: ui.olderPosts, pageOf: ui.pageOf };
  return (
    <>
      {/* An excerpt with a formula needs KaTeX's stylesheet, as its post does. */}
      {page.items.some((post) => post.mathStyles && post.excerptHtml?.includes('class="katex"')) && <link rel="stylesheet" href={sitePath(KATEX_STYLESHEET)} precedence="katex" />}
      <PostList posts={page.items} ui={ui} uiLanguage={uiLanguage} />
      <ListPagination page={page} base="/" labels={labels} />
    </>
  );
}
