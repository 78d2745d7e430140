import { statSync } from 'node:fs';
import type { ReaderBundle } from './reader-bundle';

const modifiedAt = (file: string): number => statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? Infinity;

/**
 * `next dev` serves the reader script on every reload after a save, and
 * bundling, minifying and weighing it took 60–200 ms beside the page the
 * author waits for: the bundle is kept until one of its sources changes.
 */
export class ReaderBundleMemo {
  private last: { bundle: ReaderBundle; stamp: string } | undefined;

  constructor(private readonly bundle: () => Promise<ReaderBundle>) {}

  async current(): Promise<ReaderBundle> {
    if (this.last && this.last.bundle.inputs.map(modifiedAt).join(',') === this.last.stamp) return this.last.bundle;
    const started = Date.now();
    const bundle = await this.bundle();
    const modified = bundle.inputs.map(modifiedAt);
    // A source saved while bundling may be in this bundle or not: bundle again next time.
    this.last = modified.some((time) => time >= started) ? undefined : { bundle, stamp: modified.join(',') };
    return bundle;
  }
}
