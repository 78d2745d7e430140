import { sitePath } from '@/lib/site';

export function SiteHeader({ title, skipLinkLabel }: { title: string; skipLinkLabel: string }) {
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        {skipLinkLabel}
      </a>
      <a className="site-title" href={sitePath('/')}>
        {title}
      </a>
    </header>
  );
}
