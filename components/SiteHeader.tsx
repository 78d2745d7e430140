import Link from 'next/link';

export function SiteHeader({ title, skipLinkLabel }: { title: string; skipLinkLabel: string }) {
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        {skipLinkLabel}
      </a>
      <Link className="site-title" href="/" prefetch={false}>
        {title}
      </Link>
    </header>
  );
}
