import { Parser } from 'htmlparser2';

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

const HEADING = /^h[1-6]$/;

const hasClass = (attributes: Readonly<Record<string, string>>, name: string) => (attributes.class ?? '').split(/\s+/).includes(name);

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** What an open element does to the text read inside it. */
interface OpenElement {
  /** A `#` link beside a heading, or a formula's glyphs: none of its text is read as it comes. */
  skipped: boolean;
  /** A formula: its TeX source, from its MathML annotation, is read when it closes. */
  formula?: { source: string };
  /** A talk: the record of its session, current again when it closes. */
  session?: SearchRecord;
  /** A heading or talk title: its text names this record when it closes. */
  names?: { record: SearchRecord; text: string };
  /** Whether it stands for a block boundary in the text (every element but a talk does). */
  spaced: boolean;
}

/**
 * The records a post is found by. A reader looks for a talk they half
 * remember, so each talk is a record of its own, linking to its anchor;
 * text under a heading with an id is a record linking to that heading; the
 * text before the first of those links to the post, with its title and
 * keywords. The rendered body is read as a stream of tags (htmlparser2):
 * parsing it into a tree took a second of the export step at a thousand posts.
 */
export function searchRecords(post: SearchablePost): SearchRecord[] {
  const language = post.lang.split('-')[0]?.toLowerCase() || 'en';
  const byUrl = new Map<string, SearchRecord>();
  /** Records opened here, whose title their heading or talk title gives. */
  const untitled = new Set<SearchRecord>();
  const open = (url: string, title: string): SearchRecord => {
    const known = byUrl.get(url);
    if (known) return known;
    const record = { url, title, post: post.title, content: '', language };
    byUrl.set(url, record);
    untitled.add(record);
    return record;
  };
  let current = open(post.urlPath, post.title);
  untitled.delete(current);
  current.content = [post.title, ...post.keywords].join(' ');

  const stack: OpenElement[] = [];
  const skipping = () => stack.some((element) => element.skipped);
  const formulaOf = () => stack.find((element) => element.formula)?.formula;
  const naming = () => stack.flatMap((element) => (element.names ? [element.names] : []));
  let annotation = 0;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'annotation') annotation += 1;
        if (skipping() || hasClass(attributes, 'heading-anchor')) {
          stack.push({ skipped: true, spaced: false });
          return;
        }
        if (hasClass(attributes, 'katex')) {
          stack.push({ skipped: true, formula: { source: '' }, spaced: false });
          return;
        }
        const id = attributes.id;
        const parent = stack.at(-1);
        if (id && name === 'article' && hasClass(attributes, 'talk')) {
          const session = current;
          current = open(`${post.urlPath}#${id}`, post.title);
          stack.push({ skipped: false, session, spaced: false });
          return;
        }
        const element: OpenElement = { skipped: false, spaced: true };
        if (id && HEADING.test(name)) {
          current = open(`${post.urlPath}#${id}`, post.title);
          if (untitled.has(current)) element.names = { record: current, text: '' };
        } else if (parent?.session && hasClass(attributes, 'talk-title') && untitled.has(current)) {
          element.names = { record: current, text: '' };
        }
        // Block boundaries are word boundaries.
        current.content += ' ';
        stack.push(element);
      },
      ontext(text) {
        if (annotation > 0) {
          const formula = formulaOf();
          if (formula) formula.source += text;
        }
        if (skipping()) return;
        current.content += text;
        for (const names of naming()) names.text += text;
      },
      onclosetag(name) {
        if (name === 'annotation') annotation -= 1;
        const element = stack.pop();
        if (!element) return;
        if (element.formula && !skipping()) {
          current.content += element.formula.source;
          for (const names of naming()) names.text += element.formula.source;
        }
        if (element.names) {
          element.names.record.title = collapse(element.names.text) || element.names.record.title;
          untitled.delete(element.names.record);
        }
        if (element.session) current = element.session;
        if (element.spaced) current.content += ' ';
      },
    },
    { decodeEntities: true },
  );
  parser.end(post.html);

  return [...byUrl.values()]
    .map((record) => ({ ...record, content: collapse(record.content) }))
    .filter((record) => record.content !== '');
}
