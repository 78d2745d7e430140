'use client';

import { useEffect, useState } from 'react';

const SHOWN_FOR_MS = 2000;

/**
 * Clicking a heading's or talk's `#` link still navigates (the anchor goes
 * into the address bar) and also copies the full URL, with a short notice.
 */
export function AnchorLinkCopier({ copiedLabel }: { copiedLabel: string }) {
  const [copied, setCopied] = useState(false);

  useEffect(() => {
    let timer: number | undefined;
    const onClick = (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a.heading-anchor') : null;
      if (!link || !navigator.clipboard) return;
      navigator.clipboard.writeText(link.href).then(
        () => {
          setCopied(true);
          window.clearTimeout(timer);
          timer = window.setTimeout(() => setCopied(false), SHOWN_FOR_MS);
        },
        () => undefined,
      );
    };
    document.addEventListener('click', onClick);
    return () => {
      document.removeEventListener('click', onClick);
      window.clearTimeout(timer);
    };
  }, []);

  return (
    <p className="copy-notice" role="status" data-visible={copied ? 'true' : 'false'}>
      {copied ? copiedLabel : ''}
    </p>
  );
}
