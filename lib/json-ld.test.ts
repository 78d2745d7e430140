import { describe, expect, it } from 'vitest';
import { blogPostingJsonLd, type BlogPosting } from './json-ld';

const posting: BlogPosting = {
  headline: 'StreamConf notes',
  description: undefined,
  datePublished: '2026-03-14T00:00:00Z',
  author: 'Me',
  keywords: [],
  url: 'https://example.org/2026/03/14/streamconf.html',
  image: 'https://example.org/og/2026/03/14/streamconf.png',
  inLanguage: 'en',
  conference: { name: 'StreamConf Berlin 2026', place: 'Berlin', url: 'https://streamconf.example.org/' },
  talks: [
    { name: 'Exactly-once', url: 'https://example.org/2026/03/14/streamconf.html#exactly-once', speakers: ['Ana López', '王小明'] },
    { name: 'Lightning talks', url: 'https://example.org/2026/03/14/streamconf.html#lightning-talks', speakers: [] },
  ],
};

describe('blogPostingJsonLd', () => {
  it('puts the talks, with their speakers, as subEvents of the conference the notes are about', () => {
    expect(blogPostingJsonLd(posting).about).toEqual({
      '@type': 'Event',
      name: 'StreamConf Berlin 2026',
      location: { '@type': 'Place', name: 'Berlin' },
      url: 'https://streamconf.example.org/',
      subEvent: [
        { '@type': 'Event', name: 'Exactly-once', url: 'https://example.org/2026/03/14/streamconf.html#exactly-once', performer: [{ '@type': 'Person', name: 'Ana López' }, { '@type': 'Person', name: '王小明' }] },
        { '@type': 'Event', name: 'Lightning talks', url: 'https://example.org/2026/03/14/streamconf.html#lightning-talks' },
      ],
    });
  });

  it('names the event after the post when the front matter names no conference', () => {
    expect(blogPostingJsonLd({ ...posting, conference: undefined }).about).toMatchObject({ '@type': 'Event', name: 'StreamConf notes' });
  });

  it('says nothing of events for a post without talks', () => {
    const data = blogPostingJsonLd({ ...posting, talks: [] });
    expect([data['@type'], data.about]).toEqual(['BlogPosting', undefined]);
  });
});
