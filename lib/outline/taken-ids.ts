/**
 * The ids on a page, and the first free `base`, `base-1`, `base-2`… for a
 * new one. Each base remembers how far its suffixes are known to be taken,
 * so a thousand talks with the same title cost a thousand look-ups, not
 * half a million.
 */
export class TakenIds {
  private readonly ids: Set<string>;
  /** Per base: every suffix below this one is taken. */
  private readonly firstUntried = new Map<string, number>();

  constructor(ids: Iterable<string> = []) {
    this.ids = new Set(ids);
  }

  has(id: string): boolean {
    return this.ids.has(id);
  }

  add(id: string): void {
    this.ids.add(id);
  }

  delete(id: string): void {
    this.ids.delete(id);
    // A freed `base-3` is free to claim again.
    const numbered = /^(.*)-(\d+)$/.exec(id);
    const base = numbered?.[1];
    const suffix = Number(numbered?.[2]);
    if (base !== undefined && suffix < (this.firstUntried.get(base) ?? 1)) this.firstUntried.set(base, suffix);
  }

  /** The first of `base` ('talk' when empty), `base-1`, `base-2`… not taken; it is taken from now on. */
  claim(base: string): string {
    const root = base === '' ? 'talk' : base;
    let candidate = root;
    if (this.ids.has(candidate)) {
      let suffix = this.firstUntried.get(root) ?? 1;
      while (this.ids.has(`${root}-${suffix}`)) suffix += 1;
      this.firstUntried.set(root, suffix + 1);
      candidate = `${root}-${suffix}`;
    }
    this.ids.add(candidate);
    return candidate;
  }
}
