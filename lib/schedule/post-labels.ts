/*
 * The words a new post is written with, in the post's language: its day
 * markers must be ones lib/outline/day-marker.ts reads, its speaker label
 * one lib/outline/speakers.ts reads.
 */

export interface PostLabels {
  /** A day marker: 'Day 1', '第一天', '1日目', '1일차'. */
  day: (index: number) => string;
  speakers: string;
  links: Record<'page' | 'slides' | 'video', string>;
  timeZone: (zone: string) => string;
  /** A session for talks the schedule puts in no room or track. */
  talks: string;
  cancelled: string;
  moved: (when: string, room: string) => string;
  dropped: string;
  example: { session: string; talk: string; speaker: string; summary: string };
}

const CHINESE_DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

function chineseNumeral(value: number): string {
  if (value < 10) return CHINESE_DIGITS[value] ?? String(value);
  if (value >= 100) return String(value);
  const tens = Math.floor(value / 10);
  return `${tens === 1 ? '' : (CHINESE_DIGITS[tens] ?? '')}十${CHINESE_DIGITS[value % 10] ?? ''}`;
}

const ENGLISH: PostLabels = {
  day: (index) => `Day ${index}`,
  speakers: 'Speakers:',
  links: { page: 'Talk page', slides: 'Slides', video: 'Video' },
  timeZone: (zone) => `Times are local to the conference (${zone}).`,
  talks: 'Talks',
  cancelled: '⚠ **Cancelled** in the schedule.',
  moved: (when, room) => `⚠ **Moved** in the schedule: now ${when}, ${room}.`,
  dropped: '⚠ **No longer in the schedule.**',
  example: { session: 'Main hall', talk: 'Title of the first talk', speaker: 'Speaker Name', summary: 'What you took away from it.' },
};

const CHINESE: PostLabels = {
  day: (index) => `第${chineseNumeral(index)}天`,
  speakers: '讲师：',
  links: { page: '议程页', slides: '幻灯片', video: '视频' },
  timeZone: (zone) => `时间均为会议当地时间（${zone}）。`,
  talks: '演讲',
  cancelled: '⚠ 议程显示此演讲**已取消**。',
  moved: (when, room) => `⚠ 议程**已调整**：改为 ${when}，${room}。`,
  dropped: '⚠ 此演讲**已不在议程中**。',
  example: { session: '主会场', talk: '第一个演讲的标题', speaker: '讲师姓名', summary: '这里写你的笔记。' },
};

const JAPANESE: PostLabels = {
  day: (index) => `${index}日目`,
  speakers: '発表者：',
  links: { page: 'セッションページ', slides: 'スライド', video: '動画' },
  timeZone: (zone) => `時刻は現地時間（${zone}）です。`,
  talks: 'セッション',
  cancelled: '⚠ タイムテーブルで**キャンセル**になりました。',
  moved: (when, room) => `⚠ タイムテーブルが**変更**されました：${when}、${room}。`,
  dropped: '⚠ タイムテーブルから**外れました**。',
  example: { session: 'メインホール', talk: '最初のセッションのタイトル', speaker: '発表者名', summary: 'ここにメモを書きます。' },
};

const KOREAN: PostLabels = {
  day: (index) => `${index}일차`,
  speakers: '발표자:',
  links: { page: '세션 페이지', slides: '슬라이드', video: '영상' },
  timeZone: (zone) => `시간은 모두 현지 시간(${zone})입니다.`,
  talks: '발표',
  cancelled: '⚠ 일정표에서 **취소**되었습니다.',
  moved: (when, room) => `⚠ 일정이 **변경**되었습니다: ${when}, ${room}.`,
  dropped: '⚠ 일정표에서 **빠졌습니다**.',
  example: { session: '메인 홀', talk: '첫 발표 제목', speaker: '발표자 이름', summary: '여기에 노트를 적습니다.' },
};

/** The labels for a BCP 47 language tag: Chinese, Japanese, Korean, else English. */
export function postLabels(language: string): PostLabels {
  const primary = language.toLowerCase().split('-')[0];
  if (primary === 'zh') return CHINESE;
  if (primary === 'ja') return JAPANESE;
  if (primary === 'ko') return KOREAN;
  return ENGLISH;
}

/** A day's date as the post's language writes it in full ('Saturday, March 14, 2026', '2026年3月14日星期六'). */
export function longDate(date: string, language: string): string {
  const [year = 1970, month = 1, day = 1] = date.split('-').map(Number);
  return new Intl.DateTimeFormat(language, { dateStyle: 'full', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, day)));
}
