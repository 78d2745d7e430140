import { sitePath } from '@/lib/site';

export function SiteFooter({ author, feedLabel, poweredBy }: { author: string; feedLabel: string; poweredBy: string }) {
  return (
    <footer className="site-footer">
      <p>
        © {author} · <a href={sitePath('/feed.xml')}>{feedLabel}</a> · {poweredBy}
      </p>
    </footer>
  );
}
