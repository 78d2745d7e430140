import { sitePath } from '@/lib/site';

export function SiteFooter({ author, feedPath, feedLabel, poweredBy }: { author: string; feedPath: string | undefined; feedLabel: string; poweredBy: string }) {
  return (
    <footer className="site-footer">
      <p>
        © {author} · {feedPath !== undefined && <><a href={sitePath(feedPath)}>{feedLabel}</a> · </>}
        {poweredBy}
      </p>
    </footer>
  );
}
