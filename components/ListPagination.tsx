import type { ListPage } from '@/lib/pagination';
import { listPagePath } from '@/lib/pagination';
import { sitePath } from '@/lib/site';

export interface ListPaginationProps {
  page: Pick<ListPage<unknown>, 'number' | 'count'>;
  /** The list's own address ('/', '/keywords/go/'): page 1 is there, the others below it. */
  base: string;
  labels: { navigation: string; newer: string; older: string; pageOf: (page: number, pages: number) => string };
}

/**
 * Links to the newer and older pages of a list, `rel="prev"` and
 * `rel="next"` as search engines and browsers read them, with where the
 * reader is. Nothing for a list of one page.
 */
export function ListPagination({ page, base, labels }: ListPaginationProps) {
  if (page.count <= 1) return null;
  return (
    <nav className="list-pagination" aria-label={labels.navigation}>
      {page.number > 1 && (
        <a href={sitePath(listPagePath(base, page.number - 1))} rel="prev">
          ← {labels.newer}
        </a>
      )}
      <span className="list-pagination-where">{labels.pageOf(page.number, page.count)}</span>
      {page.number < page.count && (
        <a href={sitePath(listPagePath(base, page.number + 1))} rel="next">
          {labels.older} →
        </a>
      )}
    </nav>
  );
}
