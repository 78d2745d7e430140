import type { PostDate } from '@/lib/content';

export interface PostMetaProps {
  date: PostDate | undefined;
  formattedDate: string | undefined;
  readingTime?: string | undefined;
  keywords: readonly string[];
  keywordsLabel: string;
}

/** Date, reading time and keywords, as shown under a post title and in the post list. */
export function PostMeta({ date, formattedDate, readingTime, keywords, keywordsLabel }: PostMetaProps) {
  return (
    <div className="post-meta">
      {date && formattedDate && <time dateTime={date.isoDate}>{formattedDate}</time>}
      {readingTime && <span className="reading-time">{readingTime}</span>}
      {keywords.length > 0 && (
        <span className="keywords">
          <span className="visually-hidden">{keywordsLabel}: </span>
          {keywords.map((keyword) => (
            <span className="keyword" key={keyword}>
              {keyword}
            </span>
          ))}
        </span>
      )}
    </div>
  );
}
