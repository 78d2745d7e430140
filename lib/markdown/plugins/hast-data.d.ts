import 'hast';
import 'vfile';

declare module 'hast' {
  interface ElementData {
    /** The author chose this heading's id (legacy `<a name>`, kramdown `{#id}`); it is never renamed. */
    explicitId?: boolean;
    /** Id of the element a heading's `#` link points at when the heading has none itself (a talk's title: the id is on its <article>). */
    anchorTarget?: string;
  }
}

declare module 'vfile' {
  interface DataMap {
    /** Text of the `#` heading that rehype-normalize-headings took as the post title. */
    headingTitle: string;
    /** Days, sessions and talks, from rehype-conference-outline. */
    outline: import('../../outline/types').Outline;
    /** What plugins found worth telling the author (missing images, broken links), with source lines. */
    findings: import('../templates').TemplateFinding[];
    /** The post's formulas' box sizes, by class (rehype-katex-classes): rules of the site's KaTeX stylesheet. Absent without formulas. */
    mathStyles: Record<string, string>;
  }
}
