import type { Metadata } from 'next';
import { uiStrings } from '@/lib/i18n';
import { site, sitePath } from '@/lib/site';

export const metadata: Metadata = {
  title: uiStrings(site.uiLanguage).notFoundTitle,
  robots: { index: false, follow: false },
};

export default function NotFound() {
  const ui = uiStrings(site.uiLanguage);
  return (
    <section className="not-found">
      <h1>{ui.notFoundTitle}</h1>
      <p>{ui.notFoundText}</p>
      <p>
        <a href={sitePath('/')}>{ui.backHome}</a>
      </p>
    </section>
  );
}
