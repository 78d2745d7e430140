import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { addFinding } from './findings';
import { visitElements } from './walk';

export interface ImageInfo {
  found: boolean;
  width?: number | undefined;
  height?: number | undefined;
}

export interface ImagesOptions {
  /**
   * What is known of a local image ('/images/a.png' from public/, './a.png'
   * next to the post); undefined for remote ones, which are not checked.
   */
  inspect: (src: string) => ImageInfo | undefined;
  /** Images in the first blocks are above the fold: they load at once. */
  eagerBlocks?: number;
}

/**
 * Gives images their size when the file tells it (no layout shift), loads
 * those below the first blocks lazily, and reports local images that do not
 * exist.
 */
export default function rehypeImages(options: ImagesOptions) {
  const eagerBlocks = options.eagerBlocks ?? 3;
  return function transform(tree: Root, file: VFile) {
    let block = 0;
    for (const top of tree.children) {
      if (top.type !== 'element') continue;
      block += 1;
      const eager = block <= eagerBlocks;
      const image = (node: Element) => {
        if (node.tagName !== 'img') return;
        const src = node.properties.src;
        if (typeof src !== 'string' || src === '') return;
        const info = options.inspect(src);
        if (info && !info.found) addFinding(file, node, 'warning', `image "${src}" does not exist`);
        if (info?.width && info.height && node.properties.width === undefined && node.properties.height === undefined) {
          node.properties.width = info.width;
          node.properties.height = info.height;
        }
        node.properties.loading = eager ? undefined : 'lazy';
        node.properties.decoding = 'async';
      };
      image(top);
      visitElements(top, image);
    }
  };
}
