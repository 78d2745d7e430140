import type { Element, ElementContent } from 'hast';

/*
 * A highlighted block cut into lines, for line numbers and highlighted
 * lines: a token that spans lines (a block comment) is cut too, each piece
 * keeping its classes, so that every line is an element of its own.
 */

/** The options of a code block as Jekyll, Hugo and fences write them: `linenos`, `linenos=table`, `hl_lines=2 4-6`, `{hl_lines=[2,"4-6"]}`. */
export interface CodeOptions {
  lineNumbers: boolean;
  /** 1-based lines to highlight. */
  highlighted: Set<number>;
}

export function parseCodeOptions(meta: string | undefined): CodeOptions {
  const options: CodeOptions = { lineNumbers: false, highlighted: new Set() };
  if (meta === undefined) return options;
  const text = meta.replace(/^\{|\}$/g, '');
  const linenos = /\blinenos(?:\s*=\s*["']?(\w+)["']?)?/.exec(text);
  options.lineNumbers = linenos !== null && linenos[1] !== 'false';
  const lines = /\bhl_lines\s*=\s*(\[[^\]]*\]|"[^"]*"|'[^']*'|[\d\s,-]+)/.exec(text)?.[1] ?? '';
  for (const range of lines.replace(/[[\]"']/g, ' ').split(/[\s,]+/).filter((part) => part !== '')) {
    const [from = Number.NaN, to = from] = range.split('-').map(Number);
    if (!Number.isInteger(from) || !Number.isInteger(to) || from < 1 || to - from > 10_000) continue;
    for (let line = from; line <= to; line += 1) options.highlighted.add(line);
  }
  return options;
}

/** `nodes` split at their line breaks: one list of nodes per line, wrappers repeated in each. */
export function splitLines(nodes: readonly ElementContent[]): ElementContent[][] {
  const lines: ElementContent[][] = [[]];
  // Which token each copy on the current line stands for.
  const copyOf = new WeakMap<Element, Element>();
  const append = (node: ElementContent, ancestors: readonly Element[]) => {
    let target = lines[lines.length - 1] ?? [];
    for (const ancestor of ancestors) {
      const last = target[target.length - 1];
      if (last && last.type === 'element' && copyOf.get(last) === ancestor) {
        target = last.children;
      } else {
        const copy: Element = { type: 'element', tagName: ancestor.tagName, properties: { ...ancestor.properties }, children: [] };
        copyOf.set(copy, ancestor);
        target.push(copy);
        target = copy.children;
      }
    }
    target.push(node);
  };
  const walk = (node: ElementContent, ancestors: readonly Element[]) => {
    if (node.type === 'text') {
      node.value.split('\n').forEach((part, index) => {
        if (index > 0) lines.push([]);
        if (part !== '') append({ type: 'text', value: part }, ancestors);
      });
    } else if (node.type === 'element') {
      for (const child of node.children) walk(child, [...ancestors, node]);
    } else {
      append(node, ancestors);
    }
  };
  for (const node of nodes) walk(node, []);
  // A block ends with a line break: no empty line after it.
  if (lines.length > 1 && (lines[lines.length - 1] ?? []).length === 0) lines.pop();
  return lines;
}
