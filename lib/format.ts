import type { PostDate } from './content/dates';
import type { UiLanguage } from './site-config-schema';

/** The calendar day the author wrote, in the UI language ('2019年11月30日', 'November 30, 2019'). */
export function formatPostDate(date: PostDate, language: UiLanguage): string {
  return new Intl.DateTimeFormat(language, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(date.year, date.month - 1, date.day)),
  );
}
