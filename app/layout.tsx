import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { DevelopmentTools } from '@/components/DevelopmentTools';
import { SiteFooter } from '@/components/SiteFooter';
import { SiteHeader } from '@/components/SiteHeader';
import { getSourceErrors, renderedContentFingerprint } from '@/lib/content';
import { uiStrings } from '@/lib/i18n';
import { absoluteUrl, site } from '@/lib/site';
import { alternatesFor } from './metadata';
import './globals.css';

export const metadata: Metadata = {
  metadataBase: new URL(absoluteUrl('/')),
  title: { default: site.title, template: `%s | ${site.title}` },
  description: site.description,
  authors: [{ name: site.author }],
  alternates: alternatesFor('/'),
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  colorScheme: 'light dark',
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const ui = uiStrings(site.uiLanguage);
  const development = process.env.NODE_ENV === 'development';
  return (
    <html lang={site.defaultLanguage}>
      <body>
        <SiteHeader title={site.title} ui={ui} />
        <main id="main">
          {development && <DevelopmentTools errors={await getSourceErrors()} heading={ui.contentErrors} contentVersion={await renderedContentFingerprint()} />}
          {children}
        </main>
        <SiteFooter author={site.author} feedPath={site.feeds.atom[0]} feedLabel={ui.feed} poweredBy={ui.poweredBy} />
      </body>
    </html>
  );
}
