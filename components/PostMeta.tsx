import type { PostDate } from '@/lib/content';
import { keywordSlug } from '@/lib/keywords/keyword-slug';
import { sitePath } from '@/lib/site';

export interface PostMetaProps {
  date: PostDate | undefined;
  formattedDate: string | undefined;
  readingTime?: string | undefined;
  keywords: readonly string[];
  keywordsLabel: string;
}

/** Date, reading time and keywords (each a link to its page), as shown under a post title and in lists of posts. */
export function PostMeta({ date, formattedDate, readingTime, keywords, keywordsLabel }: PostMetaProps) {
  return (
    <div className="post-meta">
      {date && formattedDate && <time dateTime={date.isoDate}>{formattedDate}</time>}
      {readingTime && <span className="reading-time">{readingTime}</span>}
      {keywords.length > 0 && (
        <span className="keywords">
          <span className="visually-hidden">{keywordsLabel}: </span>
          {keywords.map((keyword) => (
            <a className="keyword" key={keyword} href={sitePath(`/keywords/${keywordSlug(keyword)}/`)}>
              {keyword}
            </a>
          ))}
        </span>
      )}
    </div>
  );
}
