/*
 * The server-rendered markup the reader script enhances. Components render
 * these hooks; the export step (lib/export) injects the script only into
 * pages that contain one of them, and the script looks for nothing else.
 */
export const READER_HOOKS = {
  /** The session list (components/SessionList.tsx): the entry being read is marked. */
  sessionList: '[data-session-list]',
  /** A heading's or talk's `#` link (rehype-heading-anchors): clicking also copies the URL. */
  headingAnchor: 'a.heading-anchor',
  /** Where the "link copied" and "code copied" notices appear; their texts come from its data-copied-label and data-code-copied-label. */
  copyNotice: '[data-copied-label]',
  /** A code block of a post (rehype-code-blocks): gets a copy button. */
  codeBlock: '.post-body pre',
  /** A video facade (rehype-embeds / Hugo youtube shortcode): becomes a player on click. */
  videoFacade: '.video-embed[data-youtube-id]',
  /** The comments block (components/DisqusComments.tsx): Disqus loads near it or on request. */
  comments: '[data-disqus-shortname]',
  /** The talk index's filter box (components/TalkIndex.tsx): narrows the list as the reader types. */
  talkFilter: '[data-talk-filter]',
  /** The header's search box (components/SiteSearch.tsx): Pagefind, loaded on first focus. */
  siteSearch: '[data-site-search]',
} as const;
