const MAX_LENGTH = 140;

/**
 * The first sentence of a talk's summary, for lists of talks: up to the
 * first 。！？ (Chinese and Japanese end sentences without a space), or the
 * first . ! ? followed by a space or the end (so '1.10' and 'e.g.' do not
 * end it early… mostly), cut with an ellipsis past 140 characters.
 */
export function firstSentence(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  const end = /[。！？]|[.!?](?=\s|$)/u.exec(clean);
  const sentence = end ? clean.slice(0, end.index + end[0].length) : clean;
  const characters = [...sentence];
  return characters.length > MAX_LENGTH ? `${characters.slice(0, MAX_LENGTH - 1).join('').trimEnd()}…` : sentence;
}
