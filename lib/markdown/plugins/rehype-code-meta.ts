import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { addFinding } from './findings';
import { visitElements } from './walk';

/*
 * What follows a fence's language (```` ```ruby linenos ````, Hugo's
 * `{linenos=table,hl_lines=2}`) lives in the element's data, which the
 * sanitiser does not carry; it goes into a `data-meta` attribute, which it
 * lets through on <code> (a plain string, like the author's own). The
 * highlighter reads it after the sanitiser, then removes it. A Mermaid
 * diagram is found here too, while lines are known: it is shown as its
 * source, and the author hears so.
 */
export default function rehypeCodeMeta() {
  return function transform(tree: Root, file: VFile) {
    visitElements(tree, (node) => {
      if (node.tagName !== 'code') return undefined;
      const meta = node.data && 'meta' in node.data && typeof node.data.meta === 'string' ? node.data.meta : undefined;
      if (meta !== undefined && meta.trim() !== '') node.properties.dataMeta = meta.trim();
      const classes = Array.isArray(node.properties.className) ? node.properties.className : [];
      if (classes.includes('language-mermaid')) addFinding(file, node, 'warning', 'a Mermaid diagram is shown as its source: confnotes draws no diagrams (put an image of it beside the source)');
      return 'skip';
    });
  };
}
