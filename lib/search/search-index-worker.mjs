// @ts-check
/**
 * Writes some of the search index's bundles (lib/search/search-index.ts) with
 * a Pagefind process of its own: Pagefind's Node API runs one process per
 * loaded module, and a worker thread loads its own, so bundles written from
 * two threads are indexed side by side. Plain JavaScript: a worker thread
 * does not inherit the TypeScript loader its parent runs under.
 *
 * workerData: { bundles: Array<{ path: string; items: Array<{ url: string; html: string }> }>, root: string }
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';

/** Pagefind writes its own search UIs too; the reader script is ours, so they would only be dead weight in out/. */
const UNUSED_FILES = ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css', 'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-highlight.js'];

const PAGES_IN_FLIGHT = 50;

/** @type {{ bundles: Array<{ path: string; items: Array<{ url: string; html: string }> }>; root: string }} */
const { bundles, root } = workerData;

try {
  for (const { path: bundlePath, items } of bundles) {
    const { index, errors } = await pagefind.createIndex({ writePlayground: false });
    if (!index) throw new Error(`search index: Pagefind did not start: ${errors.join('; ')}`);
    // Pages go to Pagefind's process as messages: many in flight at once, not one round trip each.
    for (let start = 0; start < items.length; start += PAGES_IN_FLIGHT) {
      const batch = items.slice(start, start + PAGES_IN_FLIGHT);
      const results = await Promise.all(batch.map((page) => index.addHTMLFile({ url: page.url, content: page.html })));
      const failed = results.findIndex((added) => added.errors.length > 0);
      if (failed !== -1) throw new Error(`search index: ${batch[failed]?.url}: ${results[failed]?.errors.join('; ')}`);
    }
    const outputPath = path.join(root, bundlePath);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`search index: ${written.errors.join('; ')}`);
    for (const file of UNUSED_FILES) rmSync(path.join(outputPath, file), { force: true });
    // Let Pagefind's process free this bundle before the next one.
    await index.deleteIndex();
  }
} finally {
  await pagefind.close();
}
