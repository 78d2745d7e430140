import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PostArticle } from '@/components/PostArticle';
import { ContentProblems } from '@/components/ContentProblems';
import { DisqusComments } from '@/components/DisqusComments';
import { PostJsonLd } from '@/components/PostJsonLd';
import { PostNavigation } from '@/components/PostNavigation';
import { SHARE_IMAGE_SIZE } from '@/components/ShareImage';
import { shareImagePath } from '@/lib/share-image/share-image-path';
import { findPost, getAdjacentPosts, getPostRouteParams } from '@/lib/content';
import { postThread } from '@/lib/disqus';
import { uiStrings } from '@/lib/i18n';
import { KATEX_STYLESHEET } from '@/lib/markdown/katex-stylesheet';
import { outlineTalks } from '@/lib/outline/types';
import { absoluteUrl, site, sitePath } from '@/lib/site';
import { alternatesFor } from '../metadata';
import { exportParams } from '@/lib/export-params';

interface PostPageProps {
  params: Promise<{ path: string[] }>;
}

/*
 * The export writes every post generateStaticParams lists; any other address
 * is the host's 404.html. `next dev` renders any address on request (no
 * dynamicParams = false: its list of params lags behind a new post), and
 * findPost answers 404 for addresses where no post lives.
 */
export function generateStaticParams(): Promise<Array<{ path: string[] }>> {
  return exportParams(getPostRouteParams);
}

export async function generateMetadata({ params }: PostPageProps): Promise<Metadata> {
  const post = (await findPost((await params).path))?.post;
  if (!post) return {};
  return {
    title: post.title,
    description: post.description,
    keywords: post.keywords.length > 0 ? post.keywords : undefined,
    alternates: alternatesFor(post.urlPath),
    robots: post.index ? undefined : { index: false, follow: false },
    openGraph: {
      type: post.kind === 'post' ? 'article' : 'website',
      title: post.title,
      description: post.description,
      url: absoluteUrl(post.urlPath),
      siteName: site.title,
      locale: (post.lang ?? site.defaultLanguage).replace('-', '_'),
      publishedTime: post.date?.dateTime,
      tags: post.tags.length > 0 ? post.tags : undefined,
      images: [{ url: absoluteUrl(shareImagePath(post.routeSegments)), ...SHARE_IMAGE_SIZE, alt: post.title }],
    },
    // Twitter (X) reads title, description and image from the Open Graph tags: only the card type is its own.
    twitter: { card: 'summary_large_image' },
  };
}

export default async function PostPage({ params }: PostPageProps) {
  const found = await findPost((await params).path);
  if (!found) notFound();
  const { post, problems } = found;
  // Only in `next dev`: a post that cannot be rendered shows why, until its file is fixed.
  if (!post) return <ContentProblems problems={problems} heading={uiStrings(site.uiLanguage).contentErrors} />;
  const ui = uiStrings(site.uiLanguage);
  const { newer, older } = await getAdjacentPosts(post);
  return (
    <>
      {/* Formulas need KaTeX's stylesheet and fonts; a page without them loads neither. */}
      {post.mathStyles && <link rel="stylesheet" href={sitePath(KATEX_STYLESHEET)} precedence="katex" />}
      {post.kind === 'post' && <PostJsonLd
        posting={{
          headline: post.title,
          description: post.description,
          datePublished: post.date?.dateTime,
          author: site.author,
          keywords: post.keywords,
          url: absoluteUrl(post.urlPath),
          image: absoluteUrl(shareImagePath(post.routeSegments)),
          inLanguage: post.lang ?? site.defaultLanguage,
          conference: post.conference,
          talks: outlineTalks(post.outline).map((talk) => ({ name: talk.title, url: absoluteUrl(`${post.urlPath}#${talk.id}`), speakers: talk.speakers ?? [] })),
        }}
      />}
      <PostArticle post={post} ui={ui} uiLanguage={site.uiLanguage} />
      {(post.comments ?? site.commentsByDefault) && site.disqusShortname !== '' && (
        <DisqusComments
          shortname={site.disqusShortname}
          loading={site.commentsLoading}
          thread={postThread(post, site.disqusIdentifier, absoluteUrl)}
          labels={{
            heading: ui.comments,
            show: ui.showComments,
            needJavaScript: ui.commentsNeedJavaScript,
            unavailable: ui.commentsUnavailable,
            openOnDisqus: ui.openCommentsOnDisqus,
          }}
        />
      )}
      {post.kind === 'post' && <PostNavigation newer={newer} older={older} labels={{ navigation: ui.postNavigation, newer: ui.newerPost, older: ui.olderPost }} />}
    </>
  );
}
