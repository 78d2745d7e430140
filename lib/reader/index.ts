/*
 * The reader script: the only JavaScript a reading page loads. The page is
 * complete without it (server-rendered, readable with JavaScript off); this
 * adds the few behaviours a reader's browser must do, each only where its
 * markup is on the page. Bundled by lib/export/reader-bundle.ts.
 */
import { loadCommentsWhenWanted } from './comments';
import { addCodeCopyButtons } from './copy-code';
import { copyHeadingLinks } from './copy-link';
import { enableSearch } from './search';
import { followReadingPosition } from './session-list';
import { filterTalks } from './talk-filter';
import { activateVideoFacades } from './video-facade';

for (const enhance of [enableSearch, followReadingPosition, copyHeadingLinks, addCodeCopyButtons, activateVideoFacades, loadCommentsWhenWanted, filterTalks]) {
  try {
    enhance();
  } catch (error) {
    // One broken behaviour must not take the others down; the page itself needs none of them.
    console.error(error);
  }
}
