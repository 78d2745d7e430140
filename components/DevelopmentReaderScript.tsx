'use client';

import { useEffect } from 'react';

/**
 * `next dev` only: loads the reader script once React has hydrated the page.
 * The script changes the page (the session list's current link, copy
 * buttons on code); run before hydration, as a plain module script can when
 * it arrives first, those changes are a hydration mismatch that `next dev`
 * reports as an error. Production pages hold no React and load it directly.
 */
export function DevelopmentReaderScript({ src }: { src: string }) {
  useEffect(() => {
    if (document.querySelector('script[data-confnotes-reader]')) return;
    const script = document.createElement('script');
    script.type = 'module';
    script.src = src;
    script.dataset.confnotesReader = '';
    document.head.append(script);
  }, [src]);
  return null;
}
