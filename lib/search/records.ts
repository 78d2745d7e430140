import type { Element, ElementContent, Root } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { toString } from 'hast-util-to-string';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { formulaSource, isFormula } from '../markdown/plain-text';

/** One search result: a talk, a section under a heading, or a post's opening text. */
export interface SearchRecord {
  /** Site path without base path, with the anchor it leads to ('/2019/11/30/x.html#talk-id'). */
  url: string;
  /** What the result is called: the talk's or heading's title, else the post's. */
  title: string;
  /** The post it is in. */
  post: string;
  /** Text searched for it. */
  content: string;
  /** Pagefind's language: the primary subtag of the post's language ('zh' for zh-CN), which picks its word segmentation. */
  language: string;
}

export interface SearchablePost {
  urlPath: string;
  title: string;
  html: string;
  lang: string;
  keywords: readonly string[];
}

const fragmentParser = unified().use(rehypeParse, { fragment: true });

const hasClass = (node: Element, name: string) => Array.isArray(node.properties.className) && node.properties.className.includes(name);

/** Text of a heading or talk title without its `#` link. */
function ownText(node: Element): string {
  const withoutAnchors: Element = { ...node, children: node.children.filter((child) => !(child.type === 'element' && hasClass(child, 'heading-anchor'))) };
  return toString(withoutAnchors).replace(/\s+/g, ' ').trim();
}

/**
 * The records a post is found by. A reader looks for a talk they half
 * remember, so each talk is a record of its own, linking to its anchor;
 * text under a heading with an id is a record linking to that heading; the
 * text before the first of those links to the post, with its title and
 * keywords.
 */
export function searchRecords(post: SearchablePost): SearchRecord[] {
  const language = post.lang.split('-')[0]?.toLowerCase() || 'en';
  const byUrl = new Map<string, SearchRecord>();
  const open = (url: string, title: string): SearchRecord => {
    const record = byUrl.get(url) ?? { url, title, post: post.title, content: '', language };
    byUrl.set(url, record);
    return record;
  };
  let current = open(post.urlPath, post.title);
  current.content = [post.title, ...post.keywords].join(' ');

  const walk = (nodes: readonly ElementContent[]): void => {
    for (const node of nodes) {
      if (node.type === 'text') current.content += node.value;
      if (node.type !== 'element' || hasClass(node, 'heading-anchor')) continue;
      if (isFormula(node)) {
        current.content += formulaSource(node);
        continue;
      }
      const id = typeof node.properties.id === 'string' ? node.properties.id : undefined;
      if (id && node.tagName === 'article' && hasClass(node, 'talk')) {
        const title = node.children.find((child): child is Element => child.type === 'element' && hasClass(child, 'talk-title'));
        // The talk's own text is its record; what follows it belongs to its session again.
        const session = current;
        current = open(`${post.urlPath}#${id}`, title ? ownText(title) : post.title);
        walk(node.children);
        current = session;
        continue;
      }
      if (id && headingRank(node) !== undefined) current = open(`${post.urlPath}#${id}`, ownText(node));
      // Block boundaries are word boundaries.
      current.content += ' ';
      walk(node.children);
      current.content += ' ';
    }
  };
  const tree: Root = fragmentParser.parse(post.html);
  walk(tree.children.filter((node): node is ElementContent => node.type !== 'doctype'));

  return [...byUrl.values()]
    .map((record) => ({ ...record, content: record.content.replace(/\s+/g, ' ').trim() }))
    .filter((record) => record.content !== '');
}
