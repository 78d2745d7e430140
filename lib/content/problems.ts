/** A finding about one content file; errors fail the build, warnings are printed. */
export interface ContentProblem {
  severity: 'error' | 'warning';
  /** Path of the file, relative to the project root, as authors see it. */
  file: string;
  line?: number;
  column?: number;
  /** Front matter key the problem is about, when there is one. */
  key?: string;
  message: string;
}

export function formatProblem(problem: ContentProblem): string {
  const position = [problem.file, problem.line, problem.line !== undefined ? problem.column : undefined]
    .filter((part) => part !== undefined)
    .join(':');
  const key = problem.key !== undefined ? `front matter key "${problem.key}": ` : '';
  return `${position}: ${problem.severity}: ${key}${problem.message}`;
}

export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    const errors = problems.filter((problem) => problem.severity === 'error');
    super(
      `${errors.length} content error${errors.length === 1 ? '' : 's'}:\n${errors.map(formatProblem).join('\n')}`,
    );
    this.name = 'ContentError';
    this.problems = problems;
  }
}
