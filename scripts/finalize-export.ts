/**
 * Runs after `next build`, on the static export in out/:
 * - copies images that posts refer to relative to themselves ('./stage.jpg')
 *   next to the published page, so the relative address resolves;
 * - posts are published at Jekyll's addresses (/2019/11/30/slug.html), which
 *   Next.js renders from the route /2019/11/30/slug: the page is
 *   out/2019/11/30/slug.html, its React Server Components payload
 *   out/2019/11/30/slug.txt. On client-side navigation to
 *   '/2019/11/30/slug.html' the App Router of a static export asks for that
 *   address plus '.txt'; without a copy under that name every <Link> to a
 *   post would fall back to a full page load.
 *
 *   tsx scripts/finalize-export.ts [out]
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { loadSiteContent } from '../lib/content';

const outDir = path.resolve(process.argv[2] ?? 'out');
const SKIP = new Set(['index', '404', '_not-found']);

function linkPayloads(directory: string): number {
  let linked = 0;
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== '_next') linked += linkPayloads(full);
      continue;
    }
    if (!entry.name.endsWith('.html')) continue;
    const stem = entry.name.slice(0, -'.html'.length);
    const payload = path.join(directory, `${stem}.txt`);
    if (SKIP.has(stem) || !existsSync(payload)) continue;
    copyFileSync(payload, path.join(directory, `${entry.name}.txt`));
    linked += 1;
  }
  return linked;
}

async function copyPostAssets(): Promise<number> {
  const { posts } = await loadSiteContent({ includeDrafts: false });
  let copied = 0;
  for (const post of posts) {
    for (const asset of post.assets) {
      const target = path.join(outDir, asset.to);
      if (!target.startsWith(outDir + path.sep)) continue;
      mkdirSync(path.dirname(target), { recursive: true });
      copyFileSync(asset.from, target);
      copied += 1;
    }
  }
  return copied;
}

async function main(): Promise<void> {
  if (!existsSync(outDir)) {
    console.error(`finalize-export: ${outDir} does not exist; run next build first.`);
    process.exit(1);
  }
  const images = await copyPostAssets();
  console.log(`finalize-export: ${linkPayloads(outDir)} page payloads linked for .html addresses, ${images} post images copied`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
