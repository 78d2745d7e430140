import { readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { contentCacheDirectory, includeDrafts } from './environment';
import type { ContentSite, LoadResult } from './load-posts';
import type { FailedRender, RenderedPost } from './render-post';

/*
 * A cold build renders every body, and rendering is most of what the
 * content check does (about 8 of its 10 s at 1,000 posts). The bodies are
 * independent once every post's address is known, so on a machine with
 * cores to spare helper threads render some while this thread renders the
 * others: each takes the next body from one shared counter, so a thread
 * that is slow to start simply takes fewer. Each writes what it renders to
 * the disk cache, as a single thread would.
 *
 * With an empty cache, the helpers start before this thread loads the
 * pipeline (this module imports none of it), so that their start-up, about
 * 2 s of loading code and reading the folder, overlaps this thread's.
 * Otherwise they start once this thread knows there is enough to render.
 *
 * Not for `next dev` or Next.js's workers, which render a post when a page
 * asks for it: this module stays out of their import graph.
 */

/** Below this many bodies per thread, a helper's start-up costs more than it saves. */
export const MIN_BODIES_PER_THREAD = 40;

/**
 * Helper threads worth starting on `cores` cores: none on two, then one per
 * further core, up to three. One rendering thread already keeps 1.3 cores
 * busy (garbage collection, file writes): on 2 cores a helper rendered 40 %
 * of the bodies, yet the cold check took as long (10.2–10.9 s against
 * 10.3–10.7 s at 1,000 posts) for 5 s more CPU (BENCHMARKS.md, fifth round).
 */
export function helperCount(cores: number): number {
  return Math.max(0, Math.min(cores - 2, 3));
}

/** How many helpers, of at most `most`, to give `pending` bodies to: none unless each thread gets MIN_BODIES_PER_THREAD. */
export function helpersFor(pending: number, most: number): number {
  return Math.max(0, Math.min(most, Math.floor(pending / MIN_BODIES_PER_THREAD) - 1));
}

/** What a helper thread is started with: the project and drafts setting it loads, as this thread does. */
export interface RenderHelperData {
  projectRoot: string;
  includeDrafts: boolean;
}

/** What a helper is then sent: the bodies to share out and the counter shared by every thread. */
export interface RenderJob {
  files: string[];
  next: SharedArrayBuffer;
}

export interface Rendering {
  file: string;
  result: RenderedPost | FailedRender;
}

/** Hands out the index of the next body to render; undefined once every one is taken. */
export function takeNext(counter: Int32Array, total: number): number | undefined {
  const at = Atomics.add(counter, 0, 1);
  return at < total ? at : undefined;
}

function isRenderings(value: unknown): value is Rendering[] {
  return Array.isArray(value) && value.every((item: unknown) => typeof item === 'object' && item !== null && 'file' in item && typeof item.file === 'string' && 'result' in item);
}

/** A thread that loads the folder as soon as it starts, then renders the bodies of the one job it is sent. */
export class RenderHelper {
  private readonly worker: Worker;
  private readonly finished: Promise<Rendering[]>;

  constructor(data: RenderHelperData) {
    this.worker = new Worker(new URL('./render-worker.mjs', import.meta.url), { workerData: data });
    this.finished = new Promise((resolve, reject) => {
      let renderings: Rendering[] = [];
      this.worker.once('message', (message: unknown) => {
        if (isRenderings(message)) renderings = message;
        else reject(new Error('content: a rendering thread sent back something other than renderings'));
      });
      this.worker.once('error', reject);
      this.worker.once('exit', (code) => (code === 0 ? resolve(renderings) : reject(new Error(`content: a rendering thread stopped with exit code ${code}`))));
    });
    // A helper stopped before its job ends this way too; only render()'s caller hears of a failure.
    this.finished.catch(() => undefined);
  }

  render(job: RenderJob): Promise<Rendering[]> {
    this.worker.postMessage(job);
    return this.finished;
  }

  async stop(): Promise<void> {
    await this.worker.terminate();
  }
}

/**
 * Renders every body no cache holds, on this thread and as many helpers as
 * are worth it: those started early, then new ones. The site's all() then
 * finds each body known.
 */
async function renderOnThreads(site: ContentSite, early: readonly RenderHelper[], most: number, start: () => RenderHelper): Promise<number> {
  const pending = site.unrendered();
  const wanted = helpersFor(pending.length, most);
  await Promise.all(early.slice(wanted).map((helper) => helper.stop()));
  const working = [...early.slice(0, wanted), ...Array.from({ length: Math.max(0, wanted - early.length) }, start)];
  if (working.length === 0) return 0;
  const next = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT);
  const results = working.map((helper) => helper.render({ files: pending.map((source) => source.file), next }));
  const counter = new Int32Array(next);
  for (let at = takeNext(counter, pending.length); at !== undefined; at = takeNext(counter, pending.length)) {
    const source = pending[at];
    if (source) site.renderSource(source);
  }
  // Every helper ends before a failure is reported; whatever none sent back, all() renders here.
  const settled = await Promise.allSettled(results);
  let byHelpers = 0;
  for (const outcome of settled) {
    if (outcome.status === 'rejected') throw outcome.reason;
    site.adopt(outcome.value);
    byHelpers += outcome.value.length;
  }
  return byHelpers;
}

/** True when no build has cached a rendering in `folder` yet: every body will be rendered. */
function isEmptyCache(folder: string): boolean {
  try {
    return readdirSync(folder).length === 0;
  } catch {
    return true;
  }
}

/**
 * loadSiteContent (lib/content/index.ts) with the bodies rendered on every
 * core (or `cores` of them): for the content check and `npm run new`, which
 * may start on an empty cache. (The export step finds every body cached by
 * then, and would only pay for starting the helpers.)
 * Also says how many bodies the helper threads rendered.
 */
export async function loadSiteContentOnThreads(
  options: { projectRoot?: string; includeDrafts?: boolean; cores?: number } = {},
): Promise<LoadResult & { renderedByHelpers: number }> {
  const projectRoot = options.projectRoot ?? process.cwd();
  const data: RenderHelperData = { projectRoot, includeDrafts: options.includeDrafts ?? includeDrafts() };
  const most = helperCount(options.cores ?? availableParallelism());
  const started: RenderHelper[] = [];
  const start = () => {
    const helper = new RenderHelper(data);
    started.push(helper);
    return helper;
  };
  /*
   * With an empty cache the helpers start at once, to load the pipeline
   * while this thread does. Otherwise they start only once the cache is
   * found to lack enough bodies: started early for nothing, they slowed an
   * all-cached check from 3.6 to 5 s (2 cores), loading code beside this
   * thread and then being stopped.
   */
  const early = isEmptyCache(contentCacheDirectory(projectRoot)) ? Array.from({ length: most }, start) : [];
  try {
    // Loaded now, not imported above: early helpers start on the pipeline while this thread loads it too.
    const { ContentSite } = await import('./load-posts');
    const { contentLoadOptions } = await import('./index');
    const site = await ContentSite.load(contentLoadOptions(data));
    const renderedByHelpers = await renderOnThreads(site, early, most, start);
    return { ...site.all(), renderedByHelpers };
  } finally {
    await Promise.all(started.map((helper) => helper.stop()));
  }
}
