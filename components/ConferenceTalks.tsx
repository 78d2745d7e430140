import { countOutline, type Outline, type OutlineSession } from '@/lib/outline/types';
import { sitePath } from '@/lib/site';

type Heading = 'h3' | 'h4' | 'h5';

function SessionTalks({ session, postPath, heading: Heading, summaries }: { session: OutlineSession; postPath: string; heading: Heading; summaries: boolean }) {
  if (session.talks.length === 0) return null;
  return (
    <li className="talk-index-session">
      <Heading className="talk-index-session-title">
        <a href={sitePath(`${postPath}#${session.id}`)}>{session.label || session.title}</a>
      </Heading>
      <ol className="talk-index-talks">
        {session.talks.map((talk) => (
          <li key={talk.id} className="talk-index-talk" data-talk="">
            <a className="talk-index-talk-title" href={sitePath(`${postPath}#${talk.id}`)}>
              {talk.title}
            </a>
            {summaries && talk.summary && <p className="talk-index-summary">{talk.summary}</p>}
          </li>
        ))}
      </ol>
    </li>
  );
}

/**
 * A conference post's talks, grouped by day and session, each linking to its
 * anchor on the post page, with the first sentence of its summary (unless
 * `summaries` is false: a keyword page lists many posts' talks, titles are
 * enough). Headings start one level below the caller's (h3 under a post's h2).
 */
export function ConferenceTalks({ outline, postPath, summaries = true }: { outline: Outline; postPath: string; summaries?: boolean }) {
  if (countOutline(outline).talks === 0) return null;
  return (
    <ol className="talk-index-days">
      {outline.entries.map((entry) => {
        if (entry.type === 'section') return null;
        if (entry.type === 'session') return <SessionTalks key={entry.id} session={entry} postPath={postPath} heading="h3" summaries={summaries} />;
        if (entry.sessions.every((session) => session.talks.length === 0)) return null;
        return (
          <li key={entry.id} className="talk-index-day">
            <h3 className="talk-index-day-title">
              <a href={sitePath(`${postPath}#${entry.id}`)}>{entry.label}</a>
            </h3>
            <ol className="talk-index-sessions">
              {entry.sessions.map((session) => (
                <SessionTalks key={session.id} session={session} postPath={postPath} heading="h4" summaries={summaries} />
              ))}
            </ol>
          </li>
        );
      })}
    </ol>
  );
}
