import { readFileSync } from 'node:fs';
import { ScheduleError } from './types';

/** A schedule's text from a file, or from a URL fetched now (never at build time). */
export async function readScheduleSource(source: string, fetchText: typeof fetch = fetch): Promise<string> {
  if (!/^https?:\/\//i.test(source)) {
    try {
      return readFileSync(source, 'utf8');
    } catch (error) {
      throw new ScheduleError('unknown', source, error instanceof Error ? error.message : String(error));
    }
  }
  let response: Response;
  try {
    response = await fetchText(source, { headers: { accept: 'application/json, application/xml, text/calendar, */*' }, signal: AbortSignal.timeout(30_000) });
  } catch (error) {
    throw new ScheduleError('unknown', source, `could not be fetched: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!response.ok) throw new ScheduleError('unknown', source, `the server answered ${response.status} ${response.statusText}`);
  return response.text();
}
