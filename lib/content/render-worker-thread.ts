import { parentPort, workerData } from 'node:worker_threads';
import { contentLoadOptions } from './index';
import { ContentSite } from './load-posts';
import { takeNext, type RenderHelperData, type RenderJob, type Rendering } from './render-threads';

/*
 * One helper of loadSiteContentOnThreads (lib/content/render-threads.ts):
 * loads the same folder with the same settings while its parent does,
 * then renders the bodies the shared counter hands it (each written to the
 * disk cache) and sends them back.
 */
// The parent built both messages in the same process; nothing here comes from outside.
const data: RenderHelperData = workerData;
const site = await ContentSite.load(contentLoadOptions(data));
const byFile = new Map(site.sources.map((source) => [source.file, source]));

parentPort?.once('message', ({ files, next }: RenderJob) => {
  const counter = new Int32Array(next);
  const renderings: Rendering[] = [];
  for (let at = takeNext(counter, files.length); at !== undefined; at = takeNext(counter, files.length)) {
    const file = files[at];
    const source = file === undefined ? undefined : byFile.get(file);
    // A file gone between the two reads of the folder: the parent renders whatever no thread sent back.
    if (source) renderings.push({ file: source.file, result: site.renderSource(source) });
  }
  parentPort?.postMessage(renderings);
});
