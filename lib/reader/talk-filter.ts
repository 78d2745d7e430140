import { READER_HOOKS } from './hooks';

const normalize = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ');

/** Every word of the query is in the text. */
export function matchesAllWords(haystack: string, query: string): boolean {
  const words = normalize(query).split(' ').filter((word) => word !== '');
  const text = normalize(haystack);
  return words.every((word) => text.includes(word));
}

/** One talk of a year's talks.json (lib/talks/talk-years.ts). */
interface TalkRecord {
  t: string;
  u: string;
  s: string;
  c: string;
  k: string;
  y: string;
  p: string;
}

/** The records of a talks.json, each checked; anything else in it is left out. */
export function talkRecords(data: unknown): TalkRecord[] {
  if (!Array.isArray(data)) return [];
  return data.flatMap((item: unknown): TalkRecord[] => {
    if (item === null || typeof item !== 'object') return [];
    const field = (name: keyof TalkRecord) => {
      const value: unknown = Object.getOwnPropertyDescriptor(item, name)?.value;
      return typeof value === 'string' ? value : undefined;
    };
    const [t, u, s, c, k, y, p] = [field('t'), field('u'), field('s'), field('c'), field('k'), field('y'), field('p')];
    return t !== undefined && u !== undefined ? [{ t, u, s: s ?? '', c: c ?? '', k: k ?? '', y: y ?? '', p: p ?? '' }] : [];
  });
}

/** The index lists at most this many matches: the first words typed match much. */
const MOST_SHOWN = 200;

/**
 * The talk index (/talks/) holds the years, not the talks: its filter
 * fetches every year's talks.json when the reader first types, and lists
 * the talks whose title, summary, conference, keywords or year hold every
 * word, each linking to its anchor.
 */
function filterEveryYear(box: HTMLElement, input: HTMLInputElement, status: HTMLElement): void {
  const results = box.querySelector<HTMLElement>('.talk-filter-results');
  const template = box.dataset.statusTemplate ?? '';
  const source = box.dataset.talkSource ?? '';
  const total = box.dataset.talkTotal ?? '';
  if (!results) return;
  let talks: Promise<TalkRecord[]> | undefined;
  const load = () =>
    (talks ??= Promise.all(
      (box.dataset.talkYears ?? '')
        .split(' ')
        .filter((year) => year !== '')
        .map((year) => fetch(source.replace('{year}', year)).then((response): Promise<unknown> => (response.ok ? response.json() : Promise.resolve([]))).then(talkRecords)),
    ).then((years) => years.flat()));
  const apply = async () => {
    const query = input.value;
    if (query.trim() === '') {
      results.hidden = true;
      results.replaceChildren();
      status.textContent = '';
      return;
    }
    const matches = (await load()).filter((talk) => matchesAllWords(`${talk.t} ${talk.p} ${talk.s} ${talk.c} ${talk.k} ${talk.y}`, query));
    // The reader typed on while the talks came: only the latest query draws.
    if (input.value !== query) return;
    results.replaceChildren(
      ...matches.slice(0, MOST_SHOWN).map((talk) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = talk.u;
        link.textContent = talk.t;
        const conference = document.createElement('span');
        conference.className = 'talk-filter-conference';
        conference.textContent = ` ${talk.c}`;
        if (talk.p !== '') {
          const speakers = document.createElement('span');
          speakers.className = 'talk-speakers';
          speakers.textContent = ` — ${talk.p}`;
          item.append(link, speakers, conference);
        } else {
          item.append(link, conference);
        }
        return item;
      }),
    );
    results.hidden = false;
    status.textContent = template.replace('{shown}', String(matches.length)).replace('{total}', total);
  };
  input.addEventListener('input', () => void apply());
  const query = new URLSearchParams(location.search).get('q');
  if (query) input.value = query;
  box.dataset.ready = '';
  void apply();
}

/**
 * The talk index's filter: a talk stays when every word typed is in its
 * title, speakers or summary, or in its conference's title, keywords or year; days,
 * sessions and conferences left without a talk hide too. On a year's page
 * the list in the page is the data; on the index, every year's talks.json
 * is. `?q=` (the header's search form without JavaScript) fills the box.
 */
export function filterTalks(): void {
  const box = document.querySelector<HTMLElement>(READER_HOOKS.talkFilter);
  const input = box?.querySelector('input');
  const status = box?.querySelector<HTMLElement>('[role="status"]');
  if (!box || !input || !status) return;
  if (box.dataset.talkYears !== undefined) {
    filterEveryYear(box, input, status);
    return;
  }
  const conferences = [...document.querySelectorAll<HTMLElement>('.talk-index-conference')].map((conference) => ({
    element: conference,
    context: [conference.querySelector('.talk-index-conference-title')?.textContent ?? '', conference.dataset.keywords ?? '', conference.dataset.year ?? ''].join(' '),
    talks: [...conference.querySelectorAll<HTMLElement>('[data-talk]')].map((talk) => ({ element: talk, text: talk.textContent ?? '' })),
    groups: [...conference.querySelectorAll<HTMLElement>('.talk-index-session, .talk-index-day')],
  }));
  const total = conferences.reduce((sum, conference) => sum + conference.talks.length, 0);
  const template = box.dataset.statusTemplate ?? '';

  const apply = () => {
    let shown = 0;
    for (const conference of conferences) {
      for (const talk of conference.talks) {
        talk.element.hidden = !matchesAllWords(`${talk.text} ${conference.context}`, input.value);
        if (!talk.element.hidden) shown += 1;
      }
      for (const group of conference.groups) group.hidden = !group.querySelector('[data-talk]:not([hidden])');
      conference.element.hidden = !conference.element.querySelector('[data-talk]:not([hidden])');
    }
    status.textContent = input.value.trim() === '' ? '' : template.replace('{shown}', String(shown)).replace('{total}', String(total));
  };
  input.addEventListener('input', apply);
  const query = new URLSearchParams(location.search).get('q');
  if (query) input.value = query;
  box.dataset.ready = '';
  apply();
}
