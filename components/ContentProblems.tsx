import { formatProblem, type ContentProblem } from '@/lib/content';

/**
 * Content errors, as `npm run check` prints them (file, line, message). Only
 * `next dev` shows them on a page: a production build stops on them instead.
 */
export function ContentProblems({ problems, heading = 'Content errors' }: { problems: readonly ContentProblem[]; heading?: string }) {
  const errors = problems.filter((problem) => problem.severity === 'error');
  if (errors.length === 0) return null;
  return (
    <section className="content-problems" role="alert" aria-label={heading}>
      <h2>{heading}</h2>
      <ul>
        {errors.map((problem) => (
          <li key={formatProblem(problem)}>
            <code>{formatProblem(problem)}</code>
          </li>
        ))}
      </ul>
    </section>
  );
}
