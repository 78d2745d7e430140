import type { z } from 'zod';
import { ScheduleError, type ScheduleFormat } from './types';

/** The first problem zod found, as a ScheduleError naming its place in the document ('schedule.conference.days[0].date'). */
export function scheduleErrorOf(format: ScheduleFormat, error: z.ZodError): ScheduleError {
  const issue = error.issues[0];
  const where = (issue?.path ?? [])
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : /^[A-Za-z_$][\w$]*$/.test(String(key)) ? `${index === 0 ? '' : '.'}${String(key)}` : `[${JSON.stringify(String(key))}]`))
    .join('');
  return new ScheduleError(format, where || 'the document', issue?.message ?? 'does not match the format');
}
