import type { Element, ElementContent, Root } from 'hast';
import { all, createLowlight } from 'lowlight';
import { parseCodeOptions, splitLines } from '../code-lines';
import { visitElements } from './walk';

/*
 * Code blocks as the old blogs showed them, at build time: a block whose
 * language highlight.js knows (through lowlight: 192 languages, classes
 * only, the fastest of the highlighters measured, see BENCHMARKS.md) gets
 * its tokens as `hljs-*` spans, coloured by the stylesheet in the light and
 * the dark scheme. `linenos` numbers the lines (by CSS counters: the numbers
 * are no text, so copying takes the code only) and `hl_lines` marks lines.
 * A Mermaid diagram stays its source, in a figure that says what it is.
 * Runs after the sanitiser, on what it let through; adds classes only.
 */

const lowlight = createLowlight(all);

/** The block's language from its classes (`language-go`, `lang-go`), lower-cased. */
function languageOf(code: Element): string | undefined {
  const classes = Array.isArray(code.properties.className) ? code.properties.className.map(String) : [];
  const named = classes.find((name) => /^(?:language|lang)-/.test(name));
  return named?.replace(/^(?:language|lang)-/, '').toLowerCase();
}

export interface CodeBlockLabels {
  /** The figure caption of a diagram shown as its source. */
  diagram: string;
}

export default function rehypeCodeBlocks(options: { labels: CodeBlockLabels }) {
  return function transform(tree: Root) {
    visitElements(tree, (pre, index, parent) => {
      if (pre.tagName !== 'pre') return undefined;
      const code = pre.children.find((child): child is Element => child.type === 'element' && child.tagName === 'code');
      if (!code) return 'skip';
      const meta = typeof code.properties.dataMeta === 'string' ? code.properties.dataMeta : undefined;
      delete code.properties.dataMeta;
      const language = languageOf(code);
      if (language === 'mermaid') {
        parent.children[index] = {
          type: 'element',
          tagName: 'figure',
          properties: { className: ['diagram-source'] },
          children: [{ type: 'element', tagName: 'figcaption', properties: {}, children: [{ type: 'text', value: options.labels.diagram }] }, pre],
        };
        return 'skip';
      }
      if (language === undefined || language === 'math' || !lowlight.registered(language)) return 'skip';
      const source = code.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
      const tokens: ElementContent[] = lowlight.highlight(language, source).children.flatMap((child) => (child.type === 'element' || child.type === 'text' ? [child] : []));
      const settings = parseCodeOptions(meta);
      const classes = Array.isArray(code.properties.className) ? code.properties.className : [];
      code.properties.className = [...classes, 'highlighted', ...(settings.lineNumbers ? ['line-numbers'] : [])];
      if (!settings.lineNumbers && settings.highlighted.size === 0) {
        code.children = tokens;
        return 'skip';
      }
      // One element per line: numbered by CSS, marked when asked; the line breaks stay text, for copying.
      code.children = splitLines(tokens).flatMap((line, lineIndex): ElementContent[] => [
        { type: 'element', tagName: 'span', properties: { className: settings.highlighted.has(lineIndex + 1) ? ['line', 'line-marked'] : ['line'] }, children: line },
        { type: 'text', value: '\n' },
      ]);
      return 'skip';
    });
  };
}
