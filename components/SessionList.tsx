import type { Outline, OutlineSection, OutlineSession } from '@/lib/outline/types';

export interface SessionListProps {
  outline: Outline;
  label: string;
  talkCount: (talks: number) => string;
}

function SessionEntry({ session, talkCount }: { session: OutlineSession; talkCount: (talks: number) => string }) {
  return (
    <li className="outline-session">
      <a href={`#${session.id}`}>{session.label || session.title}</a>
      {session.talks.length > 0 && <span className="talk-count"> ({talkCount(session.talks.length)})</span>}
      {session.talks.length > 0 && (
        <ol className="outline-talks">
          {session.talks.map((talk) => (
            <li key={talk.id} className="outline-talk">
              <a href={`#${talk.id}`}>{talk.title}</a>
            </li>
          ))}
        </ol>
      )}
    </li>
  );
}

function SectionEntry({ section }: { section: OutlineSection }) {
  return (
    <li className="outline-section">
      <a href={`#${section.id}`}>{section.title}</a>
      {section.children && section.children.length > 0 && (
        <ol className="outline-sessions">
          {section.children.map((child) => (
            <SectionEntry key={child.id} section={child} />
          ))}
        </ol>
      )}
    </li>
  );
}

/**
 * The post's days, sessions and talks as nested links (an article's
 * contents: its headings), rendered on the server: it works without JavaScript. A <details> so that narrow screens
 * get a disclosure at the top of the post; on wide screens CSS keeps it open
 * beside the text.
 */
export function SessionList({ outline, label, talkCount }: SessionListProps) {
  return (
    <nav className="session-list" aria-label={label} data-session-list="">
      <details>
        <summary>{label}</summary>
        <ol className="outline">
          {outline.entries.map((entry) => {
            if (entry.type === 'day') {
              return (
                <li key={entry.id} className="outline-day">
                  <a href={`#${entry.id}`}>{entry.label}</a>
                  <ol className="outline-sessions">
                    {entry.sessions.map((session) => (
                      <SessionEntry key={session.id} session={session} talkCount={talkCount} />
                    ))}
                  </ol>
                </li>
              );
            }
            if (entry.type === 'session') return <SessionEntry key={entry.id} session={entry} talkCount={talkCount} />;
            return <SectionEntry key={entry.id} section={entry} />;
          })}
        </ol>
      </details>
    </nav>
  );
}
