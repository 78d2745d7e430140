import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { addFinding } from './findings';
import { visitElements } from './walk';

/*
 * Slides and videos embedded with <iframe> keep working, on our terms: only
 * https sources, loaded lazily, sandboxed (scripts may run inside the frame,
 * never with the page's origin or its top window), and sending no more than
 * the origin as referrer.
 */
const SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-presentation allow-forms';

export default function rehypeEmbeds() {
  return function transform(tree: Root, file: VFile) {
    visitElements(tree, (node, index, parent) => {
      if (node.tagName !== 'iframe') return undefined;
      const src = node.properties.src;
      // `https://` alone, or with a host no URL can have, is no source at all (new URL would throw).
      if (typeof src !== 'string' || !/^https:\/\//i.test(src) || !URL.canParse(src)) {
        addFinding(file, node, 'warning', `an <iframe> without an https:// source was removed${typeof src === 'string' ? ` (${src})` : ''}`);
        parent.children.splice(index, 1);
        return index;
      }
      node.properties = {
        src,
        title: typeof node.properties.title === 'string' ? node.properties.title : new URL(src).hostname,
        ...(node.properties.width !== undefined ? { width: node.properties.width } : {}),
        ...(node.properties.height !== undefined ? { height: node.properties.height } : {}),
        loading: 'lazy',
        sandbox: SANDBOX.split(' '),
        referrerPolicy: 'strict-origin-when-cross-origin',
        allowFullScreen: true,
        className: ['embed'],
      };
      return undefined;
    });
  };
}
