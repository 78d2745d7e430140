import type { Element, Nodes } from 'hast';
import { toString } from 'hast-util-to-string';

/*
 * The text of rendered HTML as a reader would quote it: like
 * hast-util-to-string, but a typeset formula counts as its TeX source
 * (`x^2`), not as KaTeX's glyphs and MathML together (`x2x2x^2`). For talk
 * summaries, reading time and search.
 */

const isFormula = (node: Element) => Array.isArray(node.properties.className) && node.properties.className.includes('katex');

/** The TeX a KaTeX formula was typeset from (its MathML annotation). */
function formulaSource(formula: Element): string {
  let source = '';
  const find = (node: Nodes): void => {
    if (node.type === 'element' && node.tagName === 'annotation') source = toString(node);
    else if ('children' in node) node.children.forEach(find);
  };
  find(formula);
  return source;
}

export function plainText(node: Nodes): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element' && isFormula(node)) return formulaSource(node);
  return 'children' in node ? node.children.map(plainText).join('') : '';
}
