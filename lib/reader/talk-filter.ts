import { READER_HOOKS } from './hooks';

const normalize = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ');

/** Every word of the query is in the text. */
export function matchesAllWords(haystack: string, query: string): boolean {
  const words = normalize(query).split(' ').filter((word) => word !== '');
  const text = normalize(haystack);
  return words.every((word) => text.includes(word));
}

/**
 * The talk index's filter: a talk stays when every word typed is in its
 * title or summary, or in its conference's title, keywords or year; days,
 * sessions and conferences left without a talk hide too. The list in the
 * page is the data: nothing is fetched. `?q=` (the header's search form
 * without JavaScript) fills the box.
 */
export function filterTalks(): void {
  const box = document.querySelector<HTMLElement>(READER_HOOKS.talkFilter);
  const input = box?.querySelector('input');
  const status = box?.querySelector<HTMLElement>('[role="status"]');
  if (!box || !input || !status) return;
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
