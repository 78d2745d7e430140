import type { ContentProblem } from '@/lib/content';
import { sitePath } from '@/lib/site';
import { ContentProblems } from './ContentProblems';
import { DevelopmentLiveReload } from './DevelopmentLiveReload';

/*
 * `next dev` only: the content errors known so far, the reader script
 * (production pages get it from the export step), and a live reload that
 * refreshes the page when the content folder changes.
 */
export function DevelopmentTools({ errors, heading, contentVersion }: { errors: readonly ContentProblem[]; heading: string; contentVersion: string }) {
  return (
    <>
      <ContentProblems problems={errors} heading={heading} />
      <script type="module" src={sitePath('/confnotes-dev/reader.js')} />
      <DevelopmentLiveReload url={sitePath('/confnotes-dev/live')} renderedFrom={contentVersion} />
    </>
  );
}
