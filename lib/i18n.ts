import type { OutlineCounts } from './outline/types';
import type { UiLanguage } from './site-config-schema';

export interface UiStrings {
  headingAnchorLabel: (heading: string) => string;
  readingTime: (minutes: number) => string;
  keywords: string;
  allPosts: string;
  noPosts: string;
  notFoundTitle: string;
  notFoundText: string;
  backHome: string;
  poweredBy: string;
  feed: string;
  undated: string;
  skipToContent: string;
  footnotes: string;
  footnoteBackLabel: (reference: string) => string;
  sessionList: string;
  talkCount: (talks: number) => string;
  outlineCounts: (counts: OutlineCounts) => string;
  linkCopied: string;
  tableOfContents: string;
  /** The copy button of a code block, and what the page says when it copied. */
  copyCode: string;
  codeCopied: string;
  /** The caption of a diagram shown as its source. */
  diagramSource: string;
  comments: string;
  showComments: string;
  commentsNeedJavaScript: string;
  commentsUnavailable: string;
  openCommentsOnDisqus: string;
  newerPost: string;
  olderPost: string;
  postNavigation: string;
  /** The pages of a list (the home page, a keyword's page). */
  listPages: string;
  newerPosts: string;
  olderPosts: string;
  pageOf: (page: number, pages: number) => string;
  contentErrors: string;
  siteNavigation: string;
  allTalks: string;
  allKeywords: string;
  keywordPageTitle: (keyword: string) => string;
  postCount: (posts: number) => string;
  talkIndexSummary: (talks: number, conferences: number) => string;
  talkFilterLabel: string;
  talkFilterPlaceholder: string;
  /** Filled in by the reader script: {shown} and {total}. */
  talkFilterStatus: string;
  noTalks: string;
  /** The talk index's pages per year. */
  talkYearTitle: (year: string) => string;
  talkYears: string;
  allYears: string;
  /** The speaker index (/speakers/). */
  allSpeakers: string;
  speakerIndexSummary: (speakers: number) => string;
  noSpeakers: string;
  search: string;
  searchPlaceholder: string;
  searchResults: string;
  searchLoading: string;
  searchNoResults: string;
  searchUnavailable: string;
  /** Filled in by the reader script: {count}, the posts the words were found in (each may show several talks). */
  searchResultCount: string;
  movedTo: (title: string) => string;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** '2 days · 3 sessions · 14 talks', leaving out what a post does not have. */
function joinCounts(parts: Array<[number, string]>, separator: string): string {
  return parts
    .filter(([count]) => count > 0)
    .map(([, text]) => text)
    .join(separator);
}

const strings: Record<UiLanguage, UiStrings> = {
  en: {
    headingAnchorLabel: (heading) => `Link to “${heading}”`,
    readingTime: (minutes) => `${minutes} min read`,
    keywords: 'Keywords',
    allPosts: 'All notes',
    noPosts: 'No notes published yet.',
    notFoundTitle: 'Page not found',
    notFoundText: 'There is no page at this address. It may have moved, or the link may be mistyped.',
    backHome: 'Back to all notes',
    poweredBy: 'Published with confnotes',
    feed: 'Atom feed',
    undated: 'Undated',
    skipToContent: 'Skip to content',
    footnotes: 'Footnotes',
    footnoteBackLabel: (reference) => `Back to reference ${reference}`,
    sessionList: 'Sessions',
    talkCount: (talks) => plural(talks, 'talk', 'talks'),
    outlineCounts: ({ days, sessions, talks }) =>
      joinCounts(
        [
          [days, plural(days, 'day', 'days')],
          [sessions, plural(sessions, 'session', 'sessions')],
          [talks, plural(talks, 'talk', 'talks')],
        ],
        ' · ',
      ),
    linkCopied: 'Link copied',
    tableOfContents: 'Contents',
    copyCode: 'Copy',
    codeCopied: 'Code copied',
    diagramSource: 'Diagram (Mermaid), shown as its source',
    comments: 'Comments',
    showComments: 'Show comments',
    commentsNeedJavaScript: 'Comments are provided by Disqus and need JavaScript.',
    commentsUnavailable: 'The comments could not be loaded: Disqus did not answer (it is blocked on some networks).',
    openCommentsOnDisqus: 'Open the discussion on disqus.com',
    newerPost: 'Newer',
    olderPost: 'Older',
    postNavigation: 'More notes',
    listPages: 'Pages',
    newerPosts: 'Newer notes',
    olderPosts: 'Older notes',
    pageOf: (page, pages) => `Page ${page} of ${pages}`,
    contentErrors: 'Content errors (npm run check prints them too)',
    siteNavigation: 'Site',
    allTalks: 'All talks',
    allKeywords: 'Keywords',
    keywordPageTitle: (keyword) => `Keyword: ${keyword}`,
    postCount: (posts) => plural(posts, 'post', 'posts'),
    talkIndexSummary: (talks, conferences) => `${plural(talks, 'talk', 'talks')} from ${plural(conferences, 'conference', 'conferences')}`,
    talkFilterLabel: 'Filter talks',
    talkFilterPlaceholder: 'Words in a title or summary, a keyword, a year',
    talkFilterStatus: 'Showing {shown} of {total} talks',
    noTalks: 'No talks yet: posts with days, sessions and talks list theirs here.',
    talkYearTitle: (year) => (year === 'undated' ? 'Talks of undated notes' : `Talks of ${year}`),
    talkYears: 'Talks by year',
    allYears: 'All years',
    allSpeakers: 'Speakers',
    speakerIndexSummary: (speakers) => `${plural(speakers, 'speaker', 'speakers')}, with their talks across all notes`,
    noSpeakers: 'No speakers yet: talks whose notes name their speakers (Speakers: A, B) list them here.',
    search: 'Search',
    searchPlaceholder: 'Search notes (press /)',
    searchResults: 'Search results',
    searchLoading: 'Searching…',
    searchNoResults: 'Nothing found.',
    searchUnavailable: 'Search works in the built site (npm run build, then npm run serve).',
    searchResultCount: 'Posts found: {count}',
    movedTo: (title) => `This page has moved: ${title}`,
  },
  'zh-CN': {
    headingAnchorLabel: (heading) => `链接到“${heading}”`,
    readingTime: (minutes) => `阅读约 ${minutes} 分钟`,
    keywords: '关键词',
    allPosts: '全部笔记',
    noPosts: '还没有发布笔记。',
    notFoundTitle: '页面不存在',
    notFoundText: '这个地址没有页面。它可能已经移动，或者链接有误。',
    backHome: '返回全部笔记',
    poweredBy: '由 confnotes 发布',
    feed: 'Atom 订阅',
    undated: '未注明日期',
    skipToContent: '跳到正文',
    footnotes: '脚注',
    footnoteBackLabel: (reference) => `返回引用 ${reference}`,
    sessionList: '会议日程',
    talkCount: (talks) => `${talks} 个议题`,
    outlineCounts: ({ days, sessions, talks }) =>
      joinCounts(
        [
          [days, `${days} 天`],
          [sessions, `${sessions} 场`],
          [talks, `${talks} 个议题`],
        ],
        ' · ',
      ),
    linkCopied: '链接已复制',
    tableOfContents: '目录',
    copyCode: '复制',
    codeCopied: '代码已复制',
    diagramSource: '图（Mermaid），以源码显示',
    comments: '评论',
    showComments: '显示评论',
    commentsNeedJavaScript: '评论由 Disqus 提供，需要启用 JavaScript。',
    commentsUnavailable: '评论没有加载出来：Disqus 没有响应（在部分网络中无法访问）。',
    openCommentsOnDisqus: '到 disqus.com 查看讨论',
    newerPost: '较新',
    olderPost: '较早',
    postNavigation: '更多笔记',
    listPages: '分页',
    newerPosts: '较新的笔记',
    olderPosts: '较早的笔记',
    pageOf: (page, pages) => `第 ${page} 页，共 ${pages} 页`,
    contentErrors: '内容错误（npm run check 也会列出）',
    siteNavigation: '网站',
    allTalks: '全部议题',
    allKeywords: '关键词',
    keywordPageTitle: (keyword) => `关键词：${keyword}`,
    postCount: (posts) => `${posts} 篇笔记`,
    talkIndexSummary: (talks, conferences) => `${conferences} 场会议的 ${talks} 个议题`,
    talkFilterLabel: '筛选议题',
    talkFilterPlaceholder: '标题或摘要中的词、关键词、年份',
    talkFilterStatus: '显示 {shown} / {total} 个议题',
    noTalks: '还没有议题：写有日程、会场和议题的笔记会列在这里。',
    talkYearTitle: (year) => (year === 'undated' ? '未注明日期的议题' : `${year} 年的议题`),
    talkYears: '按年份',
    allYears: '全部年份',
    allSpeakers: '讲师',
    speakerIndexSummary: (speakers) => `${speakers} 位讲师及其在所有笔记中的议题`,
    noSpeakers: '还没有讲师：笔记中注明讲师（讲师：A、B）的议题会列在这里。',
    search: '搜索',
    searchPlaceholder: '搜索笔记（按 / 键）',
    searchResults: '搜索结果',
    searchLoading: '正在搜索…',
    searchNoResults: '没有找到。',
    searchUnavailable: '搜索在构建后的网站中可用（npm run build，再 npm run serve）。',
    searchResultCount: '找到 {count} 篇笔记',
    movedTo: (title) => `本文已移至：${title}`,
  },
};

export function uiStrings(language: UiLanguage): UiStrings {
  return strings[language];
}
