/*
 * What search engines read of a post: schema.org's BlogPosting. Notes of a
 * conference are `about` an Event (the conference: its name, place and
 * site), whose `subEvent`s are the talks, each with its speakers as
 * `performer`s and its anchor in the notes as `url`.
 */

export interface PostingTalk {
  name: string;
  /** The talk's absolute address: the post's and its anchor. */
  url: string;
  speakers: readonly string[];
}

export interface BlogPosting {
  headline: string;
  description: string | undefined;
  datePublished: string | undefined;
  author: string;
  keywords: readonly string[];
  url: string;
  image: string;
  inLanguage: string;
  /** The conference the notes are from; its name is the headline's when the front matter names none. */
  conference: { name: string; place: string | undefined; url: string | undefined } | undefined;
  /** Empty for an article, or notes without talks. */
  talks: readonly PostingTalk[];
}

const person = (name: string) => ({ '@type': 'Person', name });

function aboutConference(posting: BlogPosting) {
  if (posting.talks.length === 0) return undefined;
  const conference = posting.conference;
  return {
    '@type': 'Event',
    name: conference?.name ?? posting.headline,
    ...(conference?.place ? { location: { '@type': 'Place', name: conference.place } } : {}),
    ...(conference?.url ? { url: conference.url } : {}),
    subEvent: posting.talks.map((talk) => ({
      '@type': 'Event',
      name: talk.name,
      url: talk.url,
      ...(talk.speakers.length > 0 ? { performer: talk.speakers.map(person) } : {}),
    })),
  };
}

export function blogPostingJsonLd(posting: BlogPosting): Record<string, unknown> {
  const about = aboutConference(posting);
  return {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    headline: posting.headline,
    ...(posting.description ? { description: posting.description } : {}),
    ...(posting.datePublished ? { datePublished: posting.datePublished, dateModified: posting.datePublished } : {}),
    author: person(posting.author),
    ...(posting.keywords.length > 0 ? { keywords: posting.keywords.join(', ') } : {}),
    url: posting.url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': posting.url },
    image: posting.image,
    inLanguage: posting.inLanguage,
    ...(about ? { about } : {}),
  };
}
