import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import { isRemoteUrl } from '../../urls';

/**
 * Root-relative links and images in posts ('/2019/…', '/images/…') live
 * under the base path on project sites. Jekyll authors often added it
 * themselves (`{{ site.baseurl }}/images/…`): those are left as they are.
 */
export default function rehypeBasePath(options: { basePath: string }) {
  const base = options.basePath;
  const withBase = (url: string) => (url.startsWith('/') && !isRemoteUrl(url) && url !== base && !url.startsWith(`${base}/`) ? `${base}${url}` : url);
  return function transform(tree: Root) {
    if (base === '') return;
    visit(tree, 'element', (node) => {
      const name = node.tagName === 'a' ? 'href' : node.tagName === 'img' ? 'src' : undefined;
      const value = name && node.properties[name];
      if (name && typeof value === 'string') node.properties[name] = withBase(value);
    });
  };
}
