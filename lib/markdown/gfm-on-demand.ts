import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import type { Extension } from 'micromark-util-types';
import type { Processor } from 'unified';

/*
 * remark-gfm, with each of GFM's syntax extensions given to micromark only
 * for text that contains what it looks for. The table extension tries
 * every line of every paragraph as the head of a table, and the literal
 * autolink one every word as the start of an e-mail address: on the seed,
 * which has no `|`, the table extension was an eighth of parsing. Without
 * the characters an extension needs it finds nothing, and its failed
 * attempts change nothing, so the tree is the same (the tests compare with
 * remark-gfm's). The tree extensions are remark-gfm's.
 */

const SYNTAX: Array<{ extension: Extension; needs: RegExp }> = [
  // www., http:// or https:// (any case), or the @ of an e-mail address (mailto: and xmpp: ones have one too).
  { extension: gfmAutolinkLiteral(), needs: /www\.|https?:\/\/|@/i },
  { extension: gfmFootnote(), needs: /\[\^/ },
  { extension: gfmStrikethrough(), needs: /~/ },
  // A delimiter row has a pipe, or a colon next to its dashes (`a\n:-`).
  { extension: gfmTable(), needs: /\||:-|-:/ },
  { extension: gfmTaskListItem(), needs: /\[/ },
];

/** The syntax extensions that can find something in `document`, in remark-gfm's order. */
export function gfmSyntaxFor(document: string): Extension[] {
  return SYNTAX.filter((syntax) => syntax.needs.test(document)).map((syntax) => syntax.extension);
}

declare module 'unified' {
  interface Data {
    /** Syntax extensions chosen per document (see remark-parse-in-blocks), after micromarkExtensions. */
    micromarkExtensionsFor?: ((document: string) => Extension[]) | undefined;
  }
}

export default function remarkGfmOnDemand(this: Processor) {
  const data = this.data();
  (data.fromMarkdownExtensions ??= []).push(gfmFromMarkdown());
  data.micromarkExtensionsFor = gfmSyntaxFor;
}
