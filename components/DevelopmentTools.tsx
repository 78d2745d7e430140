import type { ContentProblem } from '@/lib/content';
import { sitePath } from '@/lib/site';
import { ContentProblems } from './ContentProblems';
import { DevelopmentLiveReload } from './DevelopmentLiveReload';
import { DevelopmentReaderScript } from './DevelopmentReaderScript';

/*
 * `next dev` only: the content errors known so far, the reader script
 * (production pages get it from the export step; here it starts after
 * hydration), and a live reload that
 * refreshes the page when the content folder changes: a plain script for
 * pages the server rendered, the component for those Next.js renders in
 * the browser (its 404, after an error). The first to start is the one
 * that listens.
 */
export function DevelopmentTools({ errors, heading, contentVersion }: { errors: readonly ContentProblem[]; heading: string; contentVersion: string }) {
  return (
    <>
      <ContentProblems problems={errors} heading={heading} />
      <DevelopmentReaderScript src={sitePath('/confnotes-dev/reader.js')} />
      {/* A plain script: it runs at any address the page was opened at (app/confnotes-dev/live.js). Async: the post shows without waiting for it. */}
      <script async src={sitePath('/confnotes-dev/live.js')} data-rendered-from={contentVersion} data-events={sitePath('/confnotes-dev/live')} />
      <DevelopmentLiveReload url={sitePath('/confnotes-dev/live')} renderedFrom={contentVersion} />
    </>
  );
}
