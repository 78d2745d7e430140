import type { Element, ElementContent, Root, RootContent } from 'hast';
import { select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { READER_HOOKS } from '../reader/hooks';
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
 */
const PAYLOAD = /^\s*\(?\s*self\.__next_f\b/;
const TURBOPACK_BOOTSTRAP = /^\s*\(\s*globalThis\[\s*["']TURBOPACK["']\s*\]/;
/** React's markers for Suspense boundaries and text separators: meaningless without hydration. */
const REACT_MARKERS = new Set(['$', '/$', '$?', '$!', ' ', '&', '/&']);
/** A page matching none of these has nothing for the reader script to do, and does not load it. */
const ANY_READER_HOOK = Object.values(READER_HOOKS).join(', ');
/** Scripts that run no code and that the site itself may add (JSON-LD). */
const DATA_SCRIPT_TYPES = new Set(['application/ld+json']);

const processor = unified().use(rehypeParse).use(rehypeStringify);

function stringProperty(node: Element, name: string): string | undefined {
  const value = node.properties[name];
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.join(' ');
  return undefined;
}

function describe(node: Element): string {
  const src = stringProperty(node, 'src');
  if (src !== undefined) return `<script src="${src}">`;
  const text = toString(node).trim();
  return `<script${node.properties.type ? ` type="${String(node.properties.type)}"` : ''}>${text.slice(0, 60)}${text.length > 60 ? '…' : ''}</script>`;
}

/**
 * Removes the Next.js/React client runtime from an exported page (chunk
 * scripts, preloads, Turbopack bootstrap, the inline payload) and adds the
 * site's own: Speculation Rules on every page, the reader script on pages
 * that have something for it to enhance. Throws ExportShapeError on any
 * script it does not recognise, or when the runtime it expects is missing.
 */
export function rewriteExportedPage(html: string, options: RewriteOptions): RewriteResult {
  const tree = processor.parse(html);
  const html_ = tree.children.find((node): node is Element => node.type === 'element' && node.tagName === 'html');
  const head = html_?.children.find((node): node is Element => node.type === 'element' && node.tagName === 'head');
  const body = html_?.children.find((node): node is Element => node.type === 'element' && node.tagName === 'body');
  if (!head || !body) throw new ExportShapeError(options.file, 'no <head> and <body>');

  const frameworkPath = `${options.basePath}/_next/`;
  let runtimeScripts = 0;
  let payloadScripts = 0;

  const classify = (node: Element): 'keep' | 'remove' => {
    if (node.tagName === 'template' && node.properties.dataDgst !== undefined) {
      throw new ExportShapeError(options.file, `the page bails out to client-side rendering (<template data-dgst="${String(node.properties.dataDgst)}">), so its content needs the runtime`);
    }
    if (node.tagName === 'link') {
      const rel = stringProperty(node, 'rel') ?? '';
      const href = stringProperty(node, 'href') ?? '';
      const preloadsScript = /\bmodulepreload\b/.test(rel) || (/\bpreload\b/.test(rel) && node.properties.as === 'script');
      return preloadsScript && href.startsWith(frameworkPath) ? 'remove' : 'keep';
    }
    if (node.tagName !== 'script') return 'keep';
    const src = stringProperty(node, 'src');
    if (src !== undefined) {
      if (!src.startsWith(frameworkPath)) throw new ExportShapeError(options.file, `unexpected script ${describe(node)}`);
      runtimeScripts += 1;
      return 'remove';
    }
    const type = stringProperty(node, 'type');
    if (type !== undefined && DATA_SCRIPT_TYPES.has(type)) return 'keep';
    const text = toString(node);
    if (PAYLOAD.test(text)) {
      payloadScripts += 1;
      return 'remove';
    }
    if (TURBOPACK_BOOTSTRAP.test(text)) return 'remove';
    throw new ExportShapeError(options.file, `unexpected inline script ${describe(node)}`);
  };

  const prune = (parent: Element | Root): void => {
    parent.children = parent.children.filter((child: RootContent | ElementContent) => {
      if (child.type === 'comment') return !REACT_MARKERS.has(child.value);
      if (child.type !== 'element') return true;
      if (classify(child) === 'remove') return false;
      prune(child.tagName === 'template' && child.content ? child.content : child);
      return true;
    });
  };
  prune(tree);

  if (runtimeScripts === 0 || payloadScripts === 0) {
    throw new ExportShapeError(
      options.file,
      `found ${runtimeScripts} /_next/ script(s) and ${payloadScripts} inline payload script(s), expected at least one of each`,
    );
  }
  // React leaves an empty hidden <div> at the top of <body> for streamed metadata.
  body.children = body.children.filter(
    (child) => !(child.type === 'element' && child.tagName === 'div' && child.properties.hidden === true && child.children.every((inner) => inner.type === 'text' && inner.value.trim() === '')),
  );

  head.children.push({
    type: 'element',
    tagName: 'script',
    properties: { type: 'speculationrules' },
    children: [{ type: 'text', value: JSON.stringify(speculationRules(options.basePath)) }],
  });
  const hasReaderScript = select(ANY_READER_HOOK, body) !== undefined;
  if (hasReaderScript) {
    head.children.push({ type: 'element', tagName: 'script', properties: { type: 'module', src: options.readerScript }, children: [] });
  }
  return { html: processor.stringify(tree), hasReaderScript };
}
