import type { Element, ElementContent, Root, RootContent } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { whitespace } from 'hast-util-whitespace';
import { find, html } from 'property-information';
import { visitElements } from './walk';

/*
 * An unquoted value stops at a brace: otherwise, in a text of many `{a=b`,
 * each brace would start a value running to the end of the text.
 */
const TOKEN = String.raw`(?:[.#][\p{L}\p{N}_:-]+|[\w-]+=(?:"[^"]*"|'[^']*'|[^\s{}]+))`;
const LIST = String.raw`${TOKEN}(?:\s+${TOKEN})*`;
/**
 * `{: .class #id key="value"}`, `{:.class}`, and the short `{#id}` / `{.class}`.
 * The lookbehind starts a match only where a run of spaces starts, not at each of its spaces.
 */
const TRAILING = new RegExp(String.raw`(?<!\s)\s*\{(?::\s*(${LIST})?|(${LIST}))\s*\}\s*$`, 'u');
const WHOLE = new RegExp(String.raw`^\s*\{:\s*(${LIST})?\s*\}\s*$`, 'u');

function applyAttributes(element: Element, list: string): void {
  for (const match of list.matchAll(new RegExp(TOKEN, 'gu'))) {
    const token = match[0];
    if (token.startsWith('.')) {
      const existing = element.properties.className;
      const classes = Array.isArray(existing) ? existing.map(String) : [];
      element.properties.className = [...classes, token.slice(1)];
    } else if (token.startsWith('#')) {
      element.properties.id = token.slice(1);
    } else {
      const [name = '', ...valueParts] = token.split('=');
      const value = valueParts.join('=').replace(/^(["'])(.*)\1$/, '$2');
      // Handlers and styles would be dropped by the sanitiser anyway; say so by never setting them.
      if (/^on/i.test(name) || name.toLowerCase() === 'style') continue;
      element.properties[find(html, name).property] = value;
    }
  }
}

function lastText(element: Element): { text: Extract<ElementContent, { type: 'text' }> } | undefined {
  let index = element.children.length - 1;
  while (index >= 0 && whitespace(element.children[index] ?? '')) index -= 1;
  const node = element.children[index];
  return node?.type === 'text' ? { text: node } : undefined;
}

function previousElement(siblings: Array<RootContent | ElementContent>, index: number): Element | undefined {
  for (let cursor = index - 1; cursor >= 0; cursor -= 1) {
    const node = siblings[cursor];
    if (node?.type === 'element') return node;
    if (node && !(node.type === 'text' && whitespace(node))) return undefined;
  }
  return undefined;
}

/**
 * kramdown's inline attribute lists: `## Title {: .class #id}`, a
 * paragraph followed on its next line by `{: .note}`, and a `{: .note}`
 * paragraph of its own that applies to the block before it. Runs before the
 * sanitiser, so only attributes it allows survive.
 */
export default function rehypeKramdownAttributes() {
  return function transform(tree: Root) {
    visitElements(tree, (node, index, parent) => {
      const isHeading = headingRank(node) !== undefined;
      if (!isHeading && node.tagName !== 'p') return undefined;
      const last = lastText(node);
      if (!last) return undefined;

      if (node.tagName === 'p' && node.children.length === 1) {
        const whole = WHOLE.exec(last.text.value);
        const target = whole ? previousElement(parent.children, index) : undefined;
        if (whole && target) {
          applyAttributes(target, whole[1] ?? '');
          parent.children.splice(index, 1);
          return index;
        }
      }

      const match = TRAILING.exec(last.text.value);
      // A paragraph takes a list only on a line of its own; a heading at its end.
      if (!match || (!isHeading && !/\n\s*\{:/.test(match[0]))) return undefined;
      last.text.value = last.text.value.slice(0, match.index);
      applyAttributes(node, match[1] ?? match[2] ?? '');
      return undefined;
    });
  };
}
