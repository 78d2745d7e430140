/*
 * Who gave a talk, read from what authors write. The rule (README, "Speakers"):
 *
 * - The line right under the talk's title, when it starts with a label:
 *   `Speakers: A, B`, `Speaker：A`, `讲师：A、B` (also 讲者, 演讲者, 分享人,
 *   嘉宾, 主讲), `発表者：A` (also 登壇者, 講演者), `발표자: A` (also 연사);
 *   or with `by A and B`, or with a dash: `— A (Company)`.
 * - Else the title's own end after a spaced em or en dash:
 *   `Streaming SQL — Fabian Hueske (Ververica)`.
 *
 * Names are split at commas, 、, semicolons, `and`, `&`, 和 and 与; what is
 * in brackets after a name (a company) is left out. The list ends at ` · `
 * or ` | ` (the skeleton's line goes on with the time and links). Without a
 * label, every name must look like one (at most five words, starting with a
 * capital or a CJK character), or nothing is read: `by design` is no speaker.
 */

const LABELLED = /^(?:speakers?|presenters?|presented by|talk by|讲师|講師|讲者|講者|演讲者|演講者|演讲人|分享者|分享人|分享嘉宾|嘉宾|主讲人?|発表者|登壇者|講演者|スピーカー|발표자|연사|강연자)\s*[:：]\s*/i;
const BY = /^by\s+/i;
const DASH = /^(?:—|–|--|-)\s*/;
const TITLE_DASH = /\s[—–]\s+([^—–]+)$/;

const LIST_END = /\s+[·|]\s+|\s*\|\s*|\t/;
const SEPARATORS = /\s*(?:[,，、;；]|\s+(?:and|&|und|et)\s+)\s*/i;
/** 张三和李四; but 王和平 is one name: split at 和, 与, 及 only where every part keeps two characters. */
const CJK_AND = /\s*[和与及]\s*/;
const splitCjkAnd = (name: string) => {
  const parts = name.split(CJK_AND);
  return parts.length > 1 && parts.every((part) => [...part.trim()].length >= 2) ? parts : [name];
};
const AFFILIATION = /\s*(?:[(（【[][^)）】\]]*[)）】\]]|@\s*\S.*)$/;

const clean = (name: string) => name.normalize('NFKC').replace(AFFILIATION, '').replace(/[*_`]+/g, '').replace(/\s+/g, ' ').trim();

/** Something a person could be called: a few words, starting with a capital letter or a CJK character. */
const looksLikeName = (name: string) =>
  name.split(' ').length <= 5 && name.length <= 60 && /^[\p{Lu}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(name) && !/https?:|\d{1,2}:\d{2}/.test(name);

function names(list: string, strict: boolean): string[] | undefined {
  const head = list.split(LIST_END)[0] ?? '';
  const found = head
    .split(SEPARATORS)
    .flatMap(splitCjkAnd)
    .map(clean)
    .filter((name) => name !== '');
  if (found.length === 0) return undefined;
  if (strict && !found.every(looksLikeName)) return undefined;
  if (!strict && found.some((name) => name.length > 80)) return undefined;
  return found;
}

/** Speakers named by the line under a talk's title; undefined when the line names none. */
export function speakersOfLine(line: string): string[] | undefined {
  const text = line.replace(/^[\s*_>]+/, '').trim();
  const labelled = LABELLED.exec(text);
  if (labelled) return names(text.slice(labelled[0].length), false);
  const by = BY.exec(text);
  if (by) return names(text.slice(by[0].length), true);
  const dash = DASH.exec(text);
  if (dash && dash[0].trim() !== '') return names(text.slice(dash[0].length), true);
  return undefined;
}

/** Speakers at the end of a title after a spaced em or en dash; undefined when there are none. */
export function speakersOfTitle(title: string): string[] | undefined {
  const match = TITLE_DASH.exec(title.trim());
  return match ? names(match[1] ?? '', true) : undefined;
}

/** The speakers of a talk: from the line under its title, else from the title. */
export function talkSpeakers(title: string, firstLine: string | undefined): string[] | undefined {
  return (firstLine !== undefined ? speakersOfLine(firstLine) : undefined) ?? speakersOfTitle(title);
}

/** Two spellings of one person ('Jane  Doe', 'jane doe') share a key; the speakers page and the filter group by it. */
export const speakerKey = (name: string): string => name.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
