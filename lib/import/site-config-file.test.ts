import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import siteConfig from '../../site.config';
import { resolveSiteConfig } from '../site-config-schema';
import { renderSiteConfig } from './site-config-file';

describe('renderSiteConfig', () => {
  it('writes the file the project ships, for its values: one shape, one comment per key', () => {
    const shipped = readFileSync(path.join(__dirname, '../../site.config.ts'), 'utf8');
    expect(renderSiteConfig(resolveSiteConfig(siteConfig, {}))).toBe(shipped);
  });

  it('writes feeds per tag and redirects so that they read back as written', () => {
    const values = resolveSiteConfig({ ...siteConfig, feeds: { atom: [], rss: ['/index.xml'], entryIds: 'address', more: [{ path: '/tags/go/index.xml', format: 'rss', title: "Go's", tags: ['go'] }] }, redirects: { '/tags/go/': '/keywords/go/' } }, {});
    const text = renderSiteConfig(values);
    expect(text).toContain("      { path: '/tags/go/index.xml', format: 'rss', title: 'Go\\'s', tags: ['go'] },");
    expect(text).toContain("    '/tags/go/': '/keywords/go/',");
  });
});
