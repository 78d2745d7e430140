import type { Metadata } from 'next';
import { ContentProblems } from '@/components/ContentProblems';
import { PostList } from '@/components/PostList';
import { getAllPosts, getBodyErrors } from '@/lib/content';
import { uiStrings } from '@/lib/i18n';
import { KATEX_STYLESHEET } from '@/lib/markdown/katex-stylesheet';
import { site, sitePath } from '@/lib/site';
import { alternatesFor } from './metadata';

export const metadata: Metadata = {
  alternates: alternatesFor('/'),
};

export default async function HomePage() {
  const ui = uiStrings(site.uiLanguage);
  const posts = await getAllPosts();
  return (
    <section aria-labelledby="all-posts" className="home">
      {/* An excerpt with a formula needs KaTeX's stylesheet, as its post does. */}
      {posts.some((post) => post.mathStyles && post.excerptHtml?.includes('class="katex"')) && <link rel="stylesheet" href={sitePath(KATEX_STYLESHEET)} precedence="katex" />}
      <h1 id="all-posts">{ui.allPosts}</h1>
      {/* `next dev` only: a production build stops on these instead. */}
      {process.env.NODE_ENV === 'development' && <ContentProblems problems={await getBodyErrors()} heading={ui.contentErrors} />}
      <PostList posts={posts} ui={ui} uiLanguage={site.uiLanguage} />
    </section>
  );
}
