import type { UiStrings } from '@/lib/i18n';
import { sitePath } from '@/lib/site';
import { speakerPagePath, type SpeakerPage } from '@/lib/talks/speakers';

/**
 * A page of the speaker index: each speaker, anchored by their name's slug
 * (the talk index links there), with their talks across all notes, newest
 * first, each linking to its anchor in the notes.
 */
export function SpeakerIndex({ page, total, ui }: { page: SpeakerPage | undefined; total: number; ui: UiStrings }) {
  return (
    <section aria-labelledby="all-speakers" className="speakers-page">
      <h1 id="all-speakers">{ui.allSpeakers}</h1>
      {!page || total === 0 ? (
        <p>{ui.noSpeakers}</p>
      ) : (
        <>
          <p className="speaker-index-count">{ui.speakerIndexSummary(total)}</p>
          {page.count > 1 && <SpeakerPages page={page} ui={ui} />}
          <ol className="speaker-index">
            {page.speakers.map((speaker) => (
              <li key={speaker.anchor} id={speaker.anchor}>
                <h2 className="speaker-name">{speaker.name}</h2>
                <ul className="speaker-talks">
                  {speaker.talks.map((talk) => (
                    <li key={talk.path}>
                      <a href={sitePath(talk.path)}>{talk.title}</a> <span className="speaker-talk-conference">{talk.year ? `${talk.conference} (${talk.year})` : talk.conference}</span>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

function SpeakerPages({ page, ui }: { page: SpeakerPage; ui: UiStrings }) {
  return (
    <nav className="list-pagination" aria-label={ui.listPages}>
      {page.number > 1 && (
        <a href={sitePath(speakerPagePath(page.number - 1))} rel="prev">
          ← {ui.pageOf(page.number - 1, page.count)}
        </a>
      )}
      <span className="list-pagination-where">{ui.pageOf(page.number, page.count)}</span>
      {page.number < page.count && (
        <a href={sitePath(speakerPagePath(page.number + 1))} rel="next">
          {ui.pageOf(page.number + 1, page.count)} →
        </a>
      )}
    </nav>
  );
}
