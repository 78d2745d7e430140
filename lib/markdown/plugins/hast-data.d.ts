import 'hast';
import 'vfile';

declare module 'hast' {
  interface ElementData {
    /** The author chose this heading's id (legacy `<a name>`, kramdown `{#id}`); it is never renamed. */
    explicitId?: boolean;
  }
}

declare module 'vfile' {
  interface DataMap {
    /** Text of the `#` heading that rehype-normalize-headings took as the post title. */
    headingTitle: string;
  }
}
