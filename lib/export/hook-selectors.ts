/*
 * Matching the reader hooks (lib/reader/hooks.ts) while an exported page
 * streams by (lib/export/strip-runtime.ts), with no tree to query.
 */

type Attributes = Readonly<Record<string, string>>;

/** One part of a selector: a tag name, classes and attributes an element must all have. */
export interface Compound {
  tag?: string;
  classes: string[];
  attributes: string[];
}

/*
 * The reader hooks are selectors of our own (lib/reader/hooks.ts) in a small
 * subset of CSS, matched as the tags stream by: tag names, classes,
 * attributes present, and the descendant combinator. A hook outside it
 * stops the build here rather than never matching.
 */
export function parseSelector(selector: string): Compound[] {
  return selector
    .trim()
    .split(/\s+/)
    .map((part) => {
      const match = /^([a-z][a-z0-9-]*)?((?:\.[\w-]+|\[[\w-]+\])*)$/.exec(part);
      if (!match || part === '') throw new Error(`lib/export/hook-selectors.ts: reader hook "${selector}" uses a selector it cannot match (tags, .classes, [attributes] and descendants only)`);
      const rest = match[2] ?? '';
      return {
        tag: match[1],
        classes: [...rest.matchAll(/\.([\w-]+)/g)].map((found) => found[1] ?? ''),
        attributes: [...rest.matchAll(/\[([\w-]+)\]/g)].map((found) => found[1] ?? ''),
      };
    });
}

export interface OpenElement {
  name: string;
  attributes: Attributes;
}

function matchesCompound(element: OpenElement, compound: Compound): boolean {
  if (compound.tag !== undefined && compound.tag !== element.name) return false;
  if (compound.attributes.some((name) => element.attributes[name] === undefined)) return false;
  if (compound.classes.length === 0) return true;
  const classes = new Set((element.attributes.class ?? '').split(/\s+/));
  return compound.classes.every((name) => classes.has(name));
}

/** Whether the innermost open element matches the hook, its ancestors matching the hook's earlier parts in order. */
export function matchesHook(open: readonly OpenElement[], hook: readonly Compound[]): boolean {
  const last = hook.at(-1);
  const element = open.at(-1);
  if (!last || !element || !matchesCompound(element, last)) return false;
  let part = hook.length - 2;
  for (let ancestor = open.length - 2; ancestor >= 0 && part >= 0; ancestor -= 1) {
    const compound = hook[part];
    const candidate = open[ancestor];
    if (compound && candidate && matchesCompound(candidate, compound)) part -= 1;
  }
  return part < 0;
}
