import type { Root } from 'hast';
import { toJsxRuntime, type Components } from 'hast-util-to-jsx-runtime';
import type { ComponentProps } from 'react';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import { sitePath } from '@/lib/site';
import { isRemoteUrl } from '@/lib/urls';

/**
 * Root-relative links and images in posts ('/2019/…', '/images/…') live under
 * the base path on project sites. Jekyll authors often added it themselves
 * (`{{ site.baseurl }}/images/…`): those are left as they are.
 */
function withBasePath(url: string | undefined): string | undefined {
  if (url === undefined || !url.startsWith('/') || isRemoteUrl(url)) return url;
  const base = sitePath('');
  return base !== '' && (url === base || url.startsWith(`${base}/`)) ? url : sitePath(url);
}

function MarkdownLink({ href, ...props }: ComponentProps<'a'>) {
  return <a href={withBasePath(href)} {...props} />;
}

function MarkdownImage({ src, alt, ...props }: ComponentProps<'img'>) {
  // Plain <img>: posts come with their own image sizes, and the export has no image optimiser.
  // eslint-disable-next-line @next/next/no-img-element
  return <img src={typeof src === 'string' ? withBasePath(src) : src} alt={alt ?? ''} {...props} />;
}

const components: Partial<Components> = { a: MarkdownLink, img: MarkdownImage };

/** Renders a post body that lib/markdown has already parsed and sanitised; nothing is parsed here. */
export function MarkdownContent({ tree }: { tree: Root }) {
  return <div className="post-body">{toJsxRuntime(tree, { Fragment, jsx, jsxs, components })}</div>;
}
