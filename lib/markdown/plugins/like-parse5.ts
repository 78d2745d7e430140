import type { Element, Root, RootContent, Text } from 'hast';
import type { Point } from 'unist';
import { htmlVoidElements } from 'html-void-elements';
import { find, html } from 'property-information';

type Raw = Extract<RootContent, { type: 'raw' }>;

const VOID = new Set(htmlVoidElements);

/**
 * What hast-util-raw does to the nodes Markdown built (for
 * rehype-raw-where-needed, which lets parse5 see only raw HTML blocks), in
 * one walk; nodes in `parsed` came out of parse5 and are only merged with:
 * - `<br>` left as raw HTML inside blocks becomes its element;
 * - element data is dropped, properties come back as from attributes
 *   (`true` on a non-boolean one becomes '', false and unset ones go);
 * - a newline right after `<pre>` goes, empty texts go, and adjacent texts
 *   become one, the way parse5 appends characters to the text before them:
 *   from the start of the first to the end of the last (a position with
 *   either missing is dropped here; the sanitiser drops it there).
 * Returns whether any node has a position.
 */
export function normalizeLikeParse5(parent: Root | Element, parsed: ReadonlySet<RootContent> = new Set()): boolean {
  let located = false;
  let run: Text | undefined;
  let runEnd: Point | undefined;
  const dropped = new Set<Text>();
  const endRun = () => {
    if (run && run.position?.end !== runEnd) {
      if (run.position && runEnd) run.position = { start: run.position.start, end: runEnd };
      else delete run.position;
    }
    run = undefined;
  };
  parent.children.forEach((child, index) => {
    let node = child;
    if (node.type === 'raw') {
      node = lineBreak(node);
      parent.children[index] = node;
    }
    if (node.position) located = true;
    if (node.type !== 'text') {
      endRun();
      if (node.type === 'element' && !(parent.type === 'root' && parsed.has(node))) {
        delete node.data;
        normalizeProperties(node);
        if (node.tagName === 'pre') dropLeadingNewline(node);
        if (normalizeLikeParse5(node)) located = true;
      }
    } else if (node.value === '') {
      dropped.add(node);
    } else if (run) {
      run.value += node.value;
      runEnd = node.position?.end;
      dropped.add(node);
    } else {
      run = node;
      runEnd = node.position?.end;
    }
  });
  endRun();
  if (dropped.size > 0) {
    if (parent.type === 'root') parent.children = parent.children.filter((node) => node.type !== 'text' || !dropped.has(node));
    else parent.children = parent.children.filter((node) => node.type !== 'text' || !dropped.has(node));
  }
  return located;
}

function lineBreak(node: Raw): Element {
  const element: Element = { type: 'element', tagName: 'br', properties: {}, children: [] };
  if (node.position) element.position = { start: { ...node.position.start }, end: { ...node.position.end } };
  return element;
}

function normalizeProperties(element: Element): void {
  for (const [key, value] of Object.entries(element.properties)) {
    const info = find(html, key);
    if (value === false || value === null || value === undefined || Number.isNaN(value) || (!value && info.boolean)) delete element.properties[key];
    else if (value === true && !info.boolean && !info.overloadedBoolean) element.properties[key] = '';
  }
}

/**
 * parse5 skips a line feed that starts the first text after `<pre>`; start
 * tags in between (`<pre><code>`) do not stop it, anything else does.
 * Returns whether something stopped it.
 */
function dropLeadingNewline(parent: Element): boolean {
  for (const node of parent.children) {
    if (node.type === 'text') {
      if (node.value === '') continue;
      if (node.value.startsWith('\n')) node.value = node.value.slice(1);
      return true;
    }
    // Void elements (and `<br>` still raw) have no end tag.
    if (node.type === 'raw' || (node.type === 'element' && VOID.has(node.tagName))) continue;
    if (node.type === 'element') {
      dropLeadingNewline(node);
      // Its end tag, if nothing inside it did.
      return true;
    }
    return true;
  }
  return false;
}
