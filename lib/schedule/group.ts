import type { Schedule, ScheduleData, ScheduleDay, ScheduleTalk } from './types';

/**
 * Days in date order; each day's rooms in the schedule's declared order
 * (then in order of first appearance); each room's talks by start time, ties
 * kept in the schedule's order.
 */
export function groupSchedule(data: ScheduleData): Schedule {
  const roomOrder = [...data.rooms];
  for (const talk of data.talks) if (!roomOrder.includes(talk.room)) roomOrder.push(talk.room);
  const byDate = new Map<string, ScheduleTalk[]>();
  for (const talk of data.talks) byDate.set(talk.date, [...(byDate.get(talk.date) ?? []), talk]);
  const days: ScheduleDay[] = [...byDate.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, talks]) => ({
      date,
      sessions: roomOrder
        .map((name) => ({ name, talks: talks.filter((talk) => talk.room === name).sort((a, b) => a.start.localeCompare(b.start)) }))
        .filter((session) => session.talks.length > 0),
    }));
  return { format: data.format, name: data.name, place: data.place, url: data.url, timeZone: data.timeZone, days };
}

const CANCELLED_WORDS = /^\s*[[(（【]?\s*(?:cancell?ed|abgesagt|entfällt|annulé|取消|已取消|中止|キャンセル|취소)\s*[\])）】]?\s*[:：\-–—]?\s*/i;

/** A talk the schedule marks cancelled, by its state or by a word leading its title ('CANCELLED: …', '[取消] …'). */
export function cancelledByTitle(title: string): { cancelled: boolean; title: string } {
  const match = CANCELLED_WORDS.exec(title);
  if (!match || match[0].trim() === '') return { cancelled: false, title };
  const rest = title.slice(match[0].length).trim();
  return rest === '' ? { cancelled: false, title } : { cancelled: true, title: rest };
}

export const isCancelledState = (state: string | null | undefined): boolean => typeof state === 'string' && /cancel/i.test(state);

/** A link's kind from its title or type, and its address. */
export function linkKind(label: string, url: string): 'slides' | 'video' | 'page' {
  const text = `${label} ${url}`;
  if (/slide|folien|deck|\.pdf\b|speakerdeck|slideshare|幻灯|スライド/i.test(text)) return 'slides';
  if (/video|recording|youtube|youtu\.be|vimeo|media\.ccc\.de|bilibili|録画|视频|录像/i.test(text)) return 'video';
  return 'page';
}
