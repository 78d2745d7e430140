import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const projectRoot = path.resolve(__dirname, '..');
const fixture = (name: string) => path.join(projectRoot, 'lib', 'schedule', 'fixtures', name);
const folders: string[] = [];

function newPost(args: string[]) {
  const work = mkdtempSync(path.join(tmpdir(), 'confnotes-new-'));
  folders.push(work);
  const contentDir = path.join(work, 'content');
  const run = (more: string[]) =>
    spawnSync(process.execPath, [path.join(projectRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/new-post.ts', ...more], {
      cwd: projectRoot,
      env: { ...process.env, CONTENT_DIR: contentDir, CONFNOTES_CACHE_DIR: path.join(work, 'cache') },
      encoding: 'utf8',
    });
  return { result: run(args), contentDir, work, run };
}

afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('npm run new', () => {
  it('writes the post from a schedule, and says where npm run dev shows it', () => {
    const { result, contentDir } = newPost(['StreamConf Berlin 2026', '--schedule', fixture('pretalx.json'), '--lang', 'en']);
    expect(result.stderr).toEqual('');
    expect(result.status).toEqual(0);
    expect(readdirSync(contentDir)).toEqual(['2026-03-14-streamconf-berlin-2026.md']);
    expect(result.stdout.split('\n').filter((line) => line.startsWith('new: '))).toEqual([
      'new: left out: "Kafka without ZooKeeper" is cancelled in the schedule',
      `new: wrote ${path.relative(projectRoot, path.join(contentDir, '2026-03-14-streamconf-berlin-2026.md'))}`,
      'new: npm run dev shows it at http://localhost:3000/2026/03/14/streamconf-berlin-2026.html',
    ]);
  }, 60_000);

  it.each([
    ['a schedule that does not parse', 'broken.json', '{"schedule": {"conference": {"title": "X", "days": [{"date": "2026-01-01", "rooms": {"A": [{"title": "T"}]}}]}}}', /^new: .*broken\.json: pretalx\/c3voc JSON: schedule\.conference\.days\[0\]\.rooms\.A\[0\]\.date: expected the start as an ISO date-time; nothing written$/m],
    ['a file that is no schedule', 'notes.txt', 'Day 1: talks', /^new: .*notes\.txt: schedule: not a schedule: expected pretalx\/c3voc or Sessionize JSON, frab XML or iCalendar; nothing written$/m],
  ])('refuses %s, naming the format and the place, and writes nothing', (_what, name, text, message) => {
    const work = mkdtempSync(path.join(tmpdir(), 'confnotes-schedule-'));
    folders.push(work);
    const file = path.join(work, name);
    writeFileSync(file, text);
    const { result, contentDir } = newPost(['Notes', '--schedule', file]);
    expect(result.status).toEqual(1);
    expect(result.stderr).toMatch(message);
    expect(() => readdirSync(contentDir)).toThrow(/ENOENT/);
  }, 60_000);

  it('--update adds what the schedule gained without changing a written summary', () => {
    const { contentDir, run } = newPost(['StreamConf Berlin 2026', '--schedule', fixture('frab.xml'), '--lang', 'en']);
    const post = path.join(contentDir, '2026-03-14-streamconf-berlin-2026.md');
    const summary = '  Exactly-once is a property of the whole pipeline, not of one operator.';
    writeFileSync(post, readFileSync(post, 'utf8').replace(/(\* Exactly-once in der Praxis .*\n.*\n)/, `$1\n${summary}\n`));
    const later = readFileSync(fixture('frab.xml'), 'utf8').replace(
      '</room>\n    <room name="Raum Ödön"',
      '<event guid="new-talk" id="999"><date>2026-03-14T12:00:00+01:00</date><start>12:00</start><duration>00:30</duration><room>Saal 1</room><title>Streams and Tables, Revisited</title><persons><person id="9">Mia Chen</person></persons></event></room>\n    <room name="Raum Ödön"',
    );
    const laterFile = path.join(contentDir, '..', 'later.xml');
    writeFileSync(laterFile, later);
    const result = run(['--schedule', laterFile, '--update', post]);
    expect(result.status).toEqual(0);
    expect(result.stdout).toContain(': added 0 days, 0 sessions, 1 talk; marked 0 moved, 0 cancelled, 0 no longer in the schedule\n  talks: Streams and Tables, Revisited\n');
    const text = readFileSync(post, 'utf8');
    expect(text).toContain(`10:30–11:15 · [Talk page](https://frab.example.org/en/streamconf-2026/public/events/102) · [Slides](https://frab.example.org/system/attachments/102/slides.pdf)\n\n${summary}\n`);
    expect(text).toContain('* Streams and Tables, Revisited {#streams-and-tables-revisited} <br>\n  Speakers: Mia Chen · 12:00–12:30\n');
  }, 60_000);
});
