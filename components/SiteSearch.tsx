import type { UiStrings } from '@/lib/i18n';
import { sitePath } from '@/lib/site';

/**
 * The search box in the header. The reader script (lib/reader/search.ts)
 * loads Pagefind from /pagefind/ the first time the box gets focus, never
 * before, and lists results as links as the reader types (arrow keys move
 * between them). Without JavaScript the form opens the talk index, which
 * lists every talk.
 */
export function SiteSearch({ ui }: { ui: UiStrings }) {
  return (
    <form
      className="site-search"
      role="search"
      action={sitePath('/talks/')}
      data-site-search=""
      data-pagefind={sitePath('/pagefind/')}
      data-base-url={sitePath('/')}
      data-label-loading={ui.searchLoading}
      data-label-empty={ui.searchNoResults}
      data-label-unavailable={ui.searchUnavailable}
      data-label-count={ui.searchResultCount}
    >
      <label className="visually-hidden" htmlFor="site-search-input">
        {ui.search}
      </label>
      <input
        id="site-search-input"
        className="site-search-input"
        type="search"
        name="q"
        placeholder={ui.searchPlaceholder}
        autoComplete="off"
        spellCheck={false}
        aria-controls="site-search-results"
      />
      <div className="site-search-panel" hidden>
        <p className="site-search-status" role="status" aria-live="polite" />
        <ul id="site-search-results" className="site-search-results" aria-label={ui.searchResults} />
      </div>
    </form>
  );
}
