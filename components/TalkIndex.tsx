import type { Post } from '@/lib/content';
import { formatPostDate } from '@/lib/format';
import type { UiStrings } from '@/lib/i18n';
import { countOutline } from '@/lib/outline/types';
import { sitePath } from '@/lib/site';
import type { UiLanguage } from '@/lib/site-config-schema';
import { ConferenceTalks } from './ConferenceTalks';
import { PostMeta } from './PostMeta';

/**
 * Every talk of the given conference posts, newest conference first. The
 * whole list is in the page (readable and searchable with the browser's own
 * find, without JavaScript); the reader script adds the filter box, which
 * matches words against each talk's title and summary and its conference's
 * title, keywords and year, as they are written here, and its speakers.
 */
export function TalkIndex({ posts, speakerHref, ui, uiLanguage }: { posts: readonly Post[]; speakerHref: (name: string) => string | undefined; ui: UiStrings; uiLanguage: UiLanguage }) {
  const talks = posts.reduce((total, post) => total + countOutline(post.outline).talks, 0);
  if (talks === 0) return <p>{ui.noTalks}</p>;
  return (
    <>
      <p className="talk-index-count">{ui.talkIndexSummary(talks, posts.length)}</p>
      <div className="talk-filter" data-talk-filter="" data-status-template={ui.talkFilterStatus}>
        <label htmlFor="talk-filter-input">{ui.talkFilterLabel}</label>
        <input id="talk-filter-input" type="search" autoComplete="off" placeholder={ui.talkFilterPlaceholder} />
        <p className="talk-filter-status" role="status" />
      </div>
      <ol className="talk-index">
        {posts.map((post) => (
          <li
            key={post.urlPath}
            className="talk-index-conference"
            lang={post.lang}
            data-keywords={post.keywords.join('\n')}
            data-year={post.date ? String(post.date.year) : ''}
          >
            <h2 className="talk-index-conference-title">
              <a href={sitePath(post.urlPath)}>{post.title}</a>
            </h2>
            <PostMeta date={post.date} formattedDate={post.date && formatPostDate(post.date, uiLanguage)} keywords={post.keywords} keywordsLabel={ui.keywords} />
            <ConferenceTalks outline={post.outline} postPath={post.urlPath} filterable speakerHref={speakerHref} />
          </li>
        ))}
      </ol>
    </>
  );
}
