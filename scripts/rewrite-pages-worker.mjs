// A worker thread cannot load TypeScript by itself: register tsx, then run the worker's code.
import { register } from 'tsx/esm/api';

register();
await import('./rewrite-pages.ts');
