// @ts-check
/**
 * Entry of a rendering thread (lib/content/render-threads.ts). A worker
 * thread does not inherit the TypeScript loader its parent runs under, so
 * it registers tsx's before loading the pipeline.
 */
import { register } from 'tsx/esm/api';

register();
await import('./render-worker-thread.ts');
