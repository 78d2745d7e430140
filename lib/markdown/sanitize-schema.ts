import { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';

const defaultAttributes = defaultSchema.attributes ?? {};

/**
 * GitHub's allowlist (rehype-sanitize's default), changed where old posts
 * need it:
 * - no `user-content-` clobber prefix: `<a name="day1-morning">` must stay
 *   `day1-morning`, or every link to the old blog's anchors breaks;
 * - classes survive on every element (the old `.anchor` headings, the
 *   classes our own plugins add, remark-math's `math-inline` on <code>);
 * - `<style>` is dropped with its content, like `<script>`, instead of
 *   leaving its CSS behind as text;
 * - a few harmless text-level elements authors use.
 * Everything that can run script (elements, `on*` attributes, `javascript:`
 * and `data:` URLs, inline `style`) stays out.
 */
export const sanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  clobber: [],
  protocols: { ...defaultSchema.protocols, src: ['https', 'http'], itemType: ['https', 'http'] },
  clobberPrefix: '',
  strip: ['script', 'style', 'template', 'noscript', 'title', 'textarea', 'select', 'option'],
  tagNames: [
    ...(defaultSchema.tagNames ?? []),
    'figure',
    'figcaption',
    'mark',
    'small',
    'u',
    'cite',
    'abbr',
    'time',
    'caption',
    'col',
    'colgroup',
    // Slides and videos; rehype-embeds then allows https only, lazy and sandboxed.
    'iframe',
    // Where expandTemplates left a table-of-contents marker.
    'nav',
  ],
  attributes: {
    ...defaultAttributes,
    a: [...(defaultAttributes.a ?? []), 'name', 'id', 'title', 'rel'],
    img: [...(defaultAttributes.img ?? []), 'loading', 'decoding'],
    iframe: ['src', 'title', 'width', 'height', 'allowFullScreen'],
    nav: ['dataConfnotesToc'],
    // A fence's options (`linenos`, `hl_lines=2`), for the highlighter, which removes it (rehype-code-meta).
    code: ['className', 'dataMeta'],
    div: [...(defaultAttributes.div ?? []), 'dataYoutubeId'],
    // `action` is harmless without <form>, but a javascript: URL must not survive anywhere.
    '*': [...(defaultAttributes['*'] ?? []).filter((name) => name !== 'action'), 'className'],
  },
};
