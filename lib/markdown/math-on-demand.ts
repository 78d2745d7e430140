import type { Root, Text } from 'mdast';
import { mathFromMarkdown } from 'mdast-util-math';
import { math } from 'micromark-extension-math';
import type { Extension } from 'micromark-util-types';
import type { Processor } from 'unified';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/*
 * remark-math's syntax (`$…$`, `$$…$$` in a line, `$$` fences), given to
 * micromark only for text with a `$` (as gfm-on-demand does for GFM), and
 * read as Pandoc reads a single `$`, so that prices stay prices: a formula
 * between single dollars starts with no space after the first, ends with no
 * space before the second, and the second is not followed by a digit
 * (`costs $5 and $10` is text). Such a span is put back as the text it was.
 */

const mathSyntax = math();

/** The math syntax, for text that can hold some. */
export function mathSyntaxFor(document: string): Extension[] {
  return document.includes('$') ? [mathSyntax] : [];
}

/** Whether the source of an inline formula is one Pandoc reads as a formula. */
export function isFormula(source: string, after: string): boolean {
  if (source.startsWith('$$')) return true;
  const inner = source.slice(1, -1);
  return inner !== '' && !/^\s/.test(inner) && !/\s$/.test(inner) && !/^\d/.test(after);
}

function putBackPrices(tree: Root, file: VFile): void {
  const text = String(file.value);
  visit(tree, 'inlineMath', (node, index, parent) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (!parent || index === undefined || start === undefined || end === undefined) return undefined;
    if (isFormula(text.slice(start, end), text.slice(end, end + 1))) return undefined;
    const price: Text = { type: 'text', value: text.slice(start, end), ...(node.position ? { position: node.position } : {}) };
    parent.children.splice(index, 1, price);
    return index + 1;
  });
}

export default function remarkMathOnDemand(this: Processor) {
  const data = this.data();
  (data.fromMarkdownExtensions ??= []).push(mathFromMarkdown());
  const before = data.micromarkExtensionsFor;
  data.micromarkExtensionsFor = (document) => [...(before?.(document) ?? []), ...mathSyntaxFor(document)];
  return putBackPrices;
}
