#!/usr/bin/env node
/**
 * Runs after `next build`. Posts are published at Jekyll's addresses
 * (/2019/11/30/slug.html), which Next.js renders from the route
 * /2019/11/30/slug: the page is out/2019/11/30/slug.html, its React Server
 * Components payload out/2019/11/30/slug.txt. On client-side navigation to
 * '/2019/11/30/slug.html', the App Router of a static export asks for that
 * address plus '.txt'; without a copy under that name every <Link> to a
 * post would fall back to a full page load.
 *
 *   node scripts/finalize-export.mjs [out]
 */
import { copyFileSync, existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

const outDir = path.resolve(process.argv[2] ?? 'out');
const SKIP = new Set(['index', '404', '_not-found']);

function visit(directory) {
  let copied = 0;
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== '_next') copied += visit(full);
      continue;
    }
    if (!entry.name.endsWith('.html')) continue;
    const stem = entry.name.slice(0, -'.html'.length);
    const payload = path.join(directory, `${stem}.txt`);
    if (SKIP.has(stem) || !existsSync(payload)) continue;
    copyFileSync(payload, path.join(directory, `${entry.name}.txt`));
    copied += 1;
  }
  return copied;
}

if (!existsSync(outDir)) {
  console.error(`finalize-export: ${outDir} does not exist; run next build first.`);
  process.exit(1);
}
console.log(`finalize-export: ${visit(outDir)} page payloads linked for .html addresses`);
