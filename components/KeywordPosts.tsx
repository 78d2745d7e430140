import type { KeywordEntry, Post } from '@/lib/content';
import type { UiStrings } from '@/lib/i18n';
import type { ListPage } from '@/lib/pagination';
import type { UiLanguage } from '@/lib/site-config-schema';
import { ConferenceTalks } from './ConferenceTalks';
import { ListPagination } from './ListPagination';
import { PostList } from './PostList';

/** One page of a keyword's posts, each with its talks, and links to the pages before and after it. */
export function KeywordPosts({ entry, page, ui, uiLanguage }: { entry: KeywordEntry<Post>; page: ListPage<Post>; ui: UiStrings; uiLanguage: UiLanguage }) {
  return (
    <section aria-labelledby="keyword-title" className="home keyword-page">
      <h1 id="keyword-title">{ui.keywordPageTitle(entry.keyword)}</h1>
      <p className="keyword-page-count">{ui.postCount(entry.posts.length)}</p>
      <PostList posts={page.items} ui={ui} uiLanguage={uiLanguage} talks={(post) => <ConferenceTalks outline={post.outline} postPath={post.urlPath} summaries={false} />} />
      <ListPagination page={page} base={`/keywords/${entry.slug}/`} labels={{ navigation: ui.listPages, newer: ui.newerPosts, older: ui.olderPosts, pageOf: ui.pageOf }} />
    </section>
  );
}
