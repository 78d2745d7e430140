import type { UiStrings } from '@/lib/i18n';
import { sitePath } from '@/lib/site';
import { SiteSearch } from './SiteSearch';

export function SiteHeader({ title, ui }: { title: string; ui: UiStrings }) {
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        {ui.skipToContent}
      </a>
      <a className="site-title" href={sitePath('/')}>
        {title}
      </a>
      <nav className="site-nav" aria-label={ui.siteNavigation}>
        <a href={sitePath('/talks/')}>{ui.allTalks}</a>
        <a href={sitePath('/speakers/')}>{ui.allSpeakers}</a>
        <a href={sitePath('/keywords/')}>{ui.allKeywords}</a>
      </nav>
      <SiteSearch ui={ui} />
    </header>
  );
}
