import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { FailedRender, RenderedPost } from './render-post';

/*
 * Renderings of post bodies on disk, one file per post and version of it,
 * shared by every process of a build (the content check, Next.js's workers,
 * the export step) and by the next build. Safe to delete at any time.
 *
 * File format: the sha256 of the JSON on the first line, the JSON after it.
 * A file that is truncated, edited, of another format or for another key is
 * ignored and rendered again, never served.
 */
const FORMAT = 1;

const problemSchema = z.object({
  severity: z.enum(['error', 'warning']),
  file: z.string(),
  line: z.number().optional(),
  column: z.number().optional(),
  key: z.string().optional(),
  message: z.string(),
});

const dependencySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('post'), reference: z.string(), address: z.string().nullable() }),
  z.object({ kind: z.literal('link'), href: z.string(), result: z.union([z.string(), z.null(), z.literal(false)]) }),
  z.object({ kind: z.literal('file'), path: z.string(), stamp: z.string() }),
]);

const talkSchema = z.object({ id: z.string(), title: z.string(), summary: z.string().optional(), speakers: z.array(z.string()).optional() });
const sessionSchema = z.object({ type: z.literal('session'), id: z.string(), title: z.string(), label: z.string(), talks: z.array(talkSchema) });
interface SectionShape {
  type: 'section';
  id: string;
  title: string;
  children?: SectionShape[] | undefined;
}
const sectionSchema: z.ZodType<SectionShape> = z.lazy(() => z.object({ type: z.literal('section'), id: z.string(), title: z.string(), children: z.array(sectionSchema).optional() }));
const outlineSchema = z.object({
  kind: z.enum(['conference', 'article']),
  kindReason: z.string(),
  kindLine: z.number().optional(),
  entries: z.array(
    z.union([
      sessionSchema,
      z.object({ type: z.literal('day'), id: z.string(), label: z.string(), hasHeading: z.boolean(), sessions: z.array(sessionSchema) }),
      sectionSchema,
    ]),
  ),
});

const renderedSchema: z.ZodType<RenderedPost> = z.object({
  html: z.string(),
  excerptHtml: z.string().optional(),
  headingTitle: z.string().optional(),
  readingMinutes: z.number(),
  outline: outlineSchema,
  assets: z.array(z.object({ from: z.string(), to: z.string() })),
  problems: z.array(problemSchema),
  dependencies: z.array(dependencySchema),
  mathStyles: z.record(z.string(), z.string()).optional(),
  // JSON drops keys whose value is undefined; the type keeps them.
}).transform((value) => ({ ...value, excerptHtml: value.excerptHtml, headingTitle: value.headingTitle, mathStyles: value.mathStyles }));

const failedSchema: z.ZodType<FailedRender> = z.object({ failed: problemSchema, dependencies: z.array(dependencySchema) });

const entrySchema = z.object({
  format: z.literal(FORMAT),
  key: z.string(),
  value: z.union([failedSchema, renderedSchema]),
});

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export class ContentCache {
  constructor(readonly directory: string) {}

  private fileFor(key: string): string {
    return path.join(this.directory, key.slice(0, 2), `${key}.json`);
  }

  /** The rendering stored under `key`, or undefined when there is none that can be trusted. */
  read(key: string): RenderedPost | FailedRender | undefined {
    const file = this.fileFor(key);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      return undefined;
    }
    const newline = text.indexOf('\n');
    const json = text.slice(newline + 1);
    let parsed: unknown;
    try {
      parsed = newline === 64 && text.slice(0, 64) === sha256(json) ? JSON.parse(json) : undefined;
    } catch {
      parsed = undefined;
    }
    const entry = entrySchema.safeParse(parsed);
    if (!entry.success || entry.data.key !== key) {
      rmSync(file, { force: true });
      return undefined;
    }
    return entry.data.value;
  }

  /** Stores a rendering; written whole or not at all (processes of one build write side by side). */
  write(key: string, value: RenderedPost | FailedRender): void {
    const file = this.fileFor(key);
    const json = JSON.stringify({ format: FORMAT, key, value });
    mkdirSync(path.dirname(file), { recursive: true });
    const temporary = `${file}.${randomUUID()}.tmp`;
    writeFileSync(temporary, `${sha256(json)}\n${json}`);
    renameSync(temporary, file);
  }
}

/** The key of a rendering: everything its output depends on besides what it records as dependencies. */
export function renderKey(parts: Record<string, string | boolean | undefined>): string {
  return sha256(JSON.stringify(parts));
}
