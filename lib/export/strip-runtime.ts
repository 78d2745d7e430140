import { Parser } from 'htmlparser2';
import { READER_HOOKS } from '../reader/hooks';
import { matchesHook, parseSelector, type OpenElement } from './hook-selectors';
import { speculationRules } from './speculation-rules';

/**
 * The export does not look the way this step knows it (after a Next.js
 * upgrade, say). The build stops: shipping the runtime, or a page whose
 * content needs it, is worse than no release.
 */
export class ExportShapeError extends Error {
  constructor(file: string, problem: string) {
    super(
      `${file}: ${problem}. The Next.js export no longer looks the way lib/export/strip-runtime.ts expects; ` +
        'teach it the new shape rather than shipping the framework runtime.',
    );
    this.name = 'ExportShapeError';
  }
}

export interface RewriteOptions {
  /** The page's path in out/, for messages. */
  file: string;
  basePath: string;
  /** Site path of the bundled reader script (base path included). */
  readerScript: string;
}

export interface RewriteResult {
  html: string;
  /** Whether the page got the reader script (it has something to enhance). */
  hasReaderScript: boolean;
}

/*
 * What Next.js 16 writes into an exported App Router page to hydrate it:
 * chunk scripts and their preloads under /_next/, Turbopack's bootstrap
 * (`<script id="_R_">`), and the React Server Components payload as inline
 * `self.__next_f.push(...)` scripts.
 *
 * The page is read as a stream of tags (htmlparser2) and what goes is cut
 * out of the text as Next.js wrote it; everything else stays byte for byte.
 * Parsing each page into a tree and writing it out again took most of the
 * export step (about 12 ms a page, both halves alike, over a thousand
 * pages of a big blog).
 */
const PAYLOAD = /^\s*\(?\s*self\.__next_f\b/;
const TURBOPACK_BOOTSTRAP = /^\s*\(\s*globalThis\[\s*["']TURBOPACK["']\s*\]/;
/** React's markers for Suspense boundaries and text separators: meaningless without hydration. */
const REACT_MARKERS = new Set(['$', '/$', '$?', '$!', ' ', '&', '/&']);
/** Scripts that run no code and that the site itself may add (JSON-LD). */
const DATA_SCRIPT_TYPES = new Set(['application/ld+json']);

type Attributes = Readonly<Record<string, string>>;

/** A page matching none of these has nothing for the reader script to do, and does not load it. */
const HOOKS = Object.values(READER_HOOKS).map(parseSelector);

function describe(attributes: Attributes, text: string): string {
  if (attributes.src !== undefined) return `<script src="${attributes.src}">`;
  const trimmed = text.trim();
  return `<script${attributes.type ? ` type="${attributes.type}"` : ''}>${trimmed.slice(0, 60)}${trimmed.length > 60 ? '…' : ''}</script>`;
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** A stretch of the page to leave out, from `start` up to (not including) `end`. */
interface Cut {
  start: number;
  end: number;
}

/**
 * Removes the Next.js/React client runtime from an exported page (chunk
 * scripts, preloads, Turbopack bootstrap, the inline payload) and adds the
 * site's own: Speculation Rules on every page, the reader script on pages
 * that have something to enhance. Throws ExportShapeError on any
 * script it does not recognise, or when the runtime it expects is missing.
 */
export function rewriteExportedPage(html: string, options: RewriteOptions): RewriteResult {
  const frameworkPath = `${options.basePath}/_next/`;
  const cuts: Cut[] = [];
  const open: OpenElement[] = [];
  let runtimeScripts = 0;
  let payloadScripts = 0;
  let headEnd: number | undefined;
  let sawBody = false;
  let hasReaderScript = false;
  let script: { start: number; attributes: Attributes; text: string } | undefined;
  // React leaves an empty hidden <div> at the top of <body> for streamed metadata.
  let hiddenDiv: { start: number; empty: boolean } | undefined;

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const parent = open.at(-1)?.name;
        if (hiddenDiv) hiddenDiv.empty = false;
        open.push({ name, attributes });
        if (name === 'body') sawBody = true;
        if (name === 'template' && attributes['data-dgst'] !== undefined) {
          throw new ExportShapeError(options.file, `the page bails out to client-side rendering (<template data-dgst="${attributes['data-dgst']}">), so its content needs the runtime`);
        }
        if (name === 'link') {
          const rel = attributes.rel ?? '';
          const preloadsScript = /\bmodulepreload\b/.test(rel) || (/\bpreload\b/.test(rel) && attributes.as === 'script');
          if (preloadsScript && (attributes.href ?? '').startsWith(frameworkPath)) cuts.push({ start: parser.startIndex, end: parser.endIndex + 1 });
        } else if (name === 'script') {
          script = { start: parser.startIndex, attributes, text: '' };
        } else if (name === 'div' && parent === 'body' && attributes.hidden !== undefined) {
          hiddenDiv = { start: parser.startIndex, empty: true };
        }
        if (!hasReaderScript && sawBody) hasReaderScript = HOOKS.some((hook) => matchesHook(open, hook));
      },
      ontext(text) {
        if (script) script.text += text;
        else if (hiddenDiv && text.trim() !== '') hiddenDiv.empty = false;
      },
      oncomment(data) {
        if (REACT_MARKERS.has(data)) cuts.push({ start: parser.startIndex, end: parser.endIndex + 1 });
        else if (hiddenDiv) hiddenDiv.empty = false;
      },
      onclosetag(name, isImplied) {
        open.pop();
        if (name === 'head' && !isImplied) headEnd = parser.startIndex;
        if (name === 'div' && hiddenDiv && open.at(-1)?.name === 'body') {
          if (hiddenDiv.empty) cuts.push({ start: hiddenDiv.start, end: parser.endIndex + 1 });
          hiddenDiv = undefined;
        }
        if (name !== 'script' || !script) return;
        const { start, attributes, text } = script;
        script = undefined;
        const remove = () => cuts.push({ start, end: parser.endIndex + 1 });
        if (attributes.src !== undefined) {
          if (!attributes.src.startsWith(frameworkPath)) throw new ExportShapeError(options.file, `unexpected script ${describe(attributes, text)}`);
          runtimeScripts += 1;
          remove();
          return;
        }
        if (attributes.type !== undefined && DATA_SCRIPT_TYPES.has(attributes.type)) return;
        if (PAYLOAD.test(text)) {
          payloadScripts += 1;
          remove();
          return;
        }
        if (TURBOPACK_BOOTSTRAP.test(text)) {
          remove();
          return;
        }
        throw new ExportShapeError(options.file, `unexpected inline script ${describe(attributes, text)}`);
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);

  if (headEnd === undefined || !sawBody) throw new ExportShapeError(options.file, 'no <head> and <body>');
  if (runtimeScripts === 0 || payloadScripts === 0) {
    throw new ExportShapeError(
      options.file,
      `found ${runtimeScripts} /_next/ script(s) and ${payloadScripts} inline payload script(s), expected at least one of each`,
    );
  }

  const added =
    `<script type="speculationrules">${JSON.stringify(speculationRules(options.basePath))}</script>` +
    (hasReaderScript ? `<script type="module" src="${escapeAttribute(options.readerScript)}"></script>` : '');
  let written = '';
  let from = 0;
  const insert = headEnd;
  // A cut inside another (a marker comment in the hidden div) is already gone with it.
  for (const cut of [...cuts, { start: insert, end: insert }].sort((a, b) => a.start - b.start || a.end - b.end)) {
    if (cut.start < from) continue;
    written += html.slice(from, cut.start);
    if (cut.start === insert && cut.end === insert) written += added;
    from = cut.end;
  }
  written += html.slice(from);
  return { html: written, hasReaderScript };
}
