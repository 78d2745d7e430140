import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { addFinding } from './findings';
import { visitElements } from './walk';

/*
 * The sanitiser removes what could run script in a reader's browser, and
 * says nothing. An author moving an old blog must hear what went: each
 * <script> and <style>, each event handler attribute and each script URL is
 * a warning with its line, before rehype-sanitize removes it. (Inline
 * `style` attributes go too, and are too common to mention one by one.)
 */
const SCRIPT_URL = /^\s*(?:javascript|vbscript|data):/i;
const URL_PROPERTIES = ['href', 'src', 'action', 'formAction', 'poster', 'cite'] as const;

export default function rehypeReportUnsafe() {
  return function transform(tree: Root, file: VFile) {
    visitElements(tree, (node) => {
      if (node.tagName === 'script') {
        const src = node.properties.src;
        addFinding(file, node, 'warning', `a <script>${typeof src === 'string' ? ` (${src})` : ''} was removed: posts never run script in a reader's browser`);
        return 'skip';
      }
      if (node.tagName === 'style') {
        addFinding(file, node, 'warning', 'a <style> block was removed: posts use the site\'s stylesheet');
        return 'skip';
      }
      const handlers = Object.keys(node.properties).filter((name) => /^on[A-Z]/.test(name));
      if (handlers.length > 0) {
        addFinding(file, node, 'warning', `the ${handlers.map((name) => name.toLowerCase()).join(', ')} attribute${handlers.length > 1 ? 's' : ''} of <${node.tagName}> ${handlers.length > 1 ? 'were' : 'was'} removed: posts never run script in a reader's browser`);
      }
      for (const name of URL_PROPERTIES) {
        const value = node.properties[name];
        if (typeof value === 'string' && SCRIPT_URL.test(value) && !(name === 'src' && node.tagName === 'img' && /^\s*data:image\//i.test(value))) {
          addFinding(file, node, 'warning', `the ${value.trim().split(':')[0]?.toLowerCase()}: URL of <${node.tagName}> was removed`);
        }
      }
      return undefined;
    });
  };
}
