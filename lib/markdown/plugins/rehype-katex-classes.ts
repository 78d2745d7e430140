import { createHash } from 'node:crypto';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import katex from 'katex';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import type { VFile } from 'vfile';
import { addFinding } from './findings';
import { visitElements } from './walk';

/*
 * Formulas typeset at build time by KaTeX, as HTML (drawn with KaTeX's
 * fonts, which the page then loads from the site) and MathML (read by
 * screen readers). remark-math's syntax arrives here as
 * `<code class="language-math math-inline">` and, for a `$$` block,
 * `<pre><code class="language-math math-display">`; a paragraph that is
 * nothing but one formula is shown as a display formula. KaTeX sizes its
 * boxes with `style` attributes; the sanitiser lets no author write one,
 * and none is added here: each becomes a class, and its declarations go to
 * the site's KaTeX stylesheet (file.data.mathStyles). A formula KaTeX cannot
 * read stays its TeX source, with a warning.
 */

const fragment = unified().use(rehypeParse, { fragment: true });

const classesOf = (node: Element): string[] => (Array.isArray(node.properties.className) ? node.properties.className.map(String) : []);
const texOf = (node: Element): string => node.children.map((child) => (child.type === 'text' ? child.value : '')).join('');

/** KaTeX's HTML as hast, its style attributes turned into classes recorded in `styles`. */
function typeset(tex: string, displayMode: boolean, styles: Record<string, string>): RootContent[] {
  const html = katex.renderToString(tex, { displayMode, output: 'htmlAndMathml', throwOnError: true, strict: false, trust: false });
  const tree = fragment.parse(html);
  visitElements(tree, (node) => {
    const style = node.properties.style;
    if (typeof style !== 'string') return undefined;
    delete node.properties.style;
    const name = `katex-${createHash('sha256').update(style).digest('hex').slice(0, 8)}`;
    styles[name] = style;
    node.properties.className = [...classesOf(node), name];
    return undefined;
  });
  return tree.children;
}

function isMath(node: ElementContent | RootContent | undefined, kind: 'math-inline' | 'math-display'): node is Element {
  return node?.type === 'element' && node.tagName === 'code' && classesOf(node).includes('language-math') && classesOf(node).includes(kind);
}

export default function rehypeKatexClasses() {
  return function transform(tree: Root, file: VFile) {
    const styles: Record<string, string> = {};
    let formulas = 0;
    const render = (code: Element, displayMode: boolean): RootContent[] | undefined => {
      try {
        const nodes = typeset(texOf(code), displayMode, styles);
        formulas += 1;
        return nodes;
      } catch (error) {
        if (!(error instanceof katex.ParseError)) throw error;
        addFinding(file, code, 'warning', `a formula could not be typeset, and is shown as TeX: ${error.message.replace(/^KaTeX parse error: /, '')}`);
        return undefined;
      }
    };
    visitElements(tree, (node, index, parent) => {
      const only = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
      const display = node.tagName === 'pre' ? only.find((child) => isMath(child, 'math-display')) : node.tagName === 'p' && only.length === 1 && isMath(only[0], 'math-inline') ? only[0] : undefined;
      if (display && (node.tagName === 'pre' || node.tagName === 'p')) {
        const nodes = render(display, true);
        if (nodes) parent.children[index] = { type: 'element', tagName: 'div', properties: { className: ['math-display'] }, children: nodes.flatMap((child) => (child.type === 'element' || child.type === 'text' ? [child] : [])) };
        return 'skip';
      }
      if (isMath(node, 'math-inline')) {
        const nodes = render(node, false);
        if (nodes) {
          parent.children.splice(index, 1, ...nodes.flatMap((child) => (child.type === 'element' || child.type === 'text' ? [child] : [])));
          return index + nodes.length;
        }
        return 'skip';
      }
      return undefined;
    });
    if (formulas > 0) file.data.mathStyles = styles;
  };
}
