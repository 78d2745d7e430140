import siteConfigInput from '../site.config';
import { resolveSiteConfig, type SiteConfig } from './site-config-schema';

export const site: SiteConfig = resolveSiteConfig(siteConfigInput, {
  SITE_URL: process.env.SITE_URL,
  BASE_PATH: process.env.BASE_PATH,
  NEXT_PUBLIC_DISQUS_SHORTNAME: process.env.NEXT_PUBLIC_DISQUS_SHORTNAME,
  COMMENTS_LOADING: process.env.COMMENTS_LOADING,
});

/** A site path ('/2019/11/30/x.html') as the browser must request it, base path included. */
export function sitePath(path: string): string {
  return `${site.basePath}${path}`;
}

/** The absolute, canonical address of a site path. */
export function absoluteUrl(path: string): string {
  return `${site.baseUrl}${site.basePath}${path}`;
}
