/*
 * Jekyll's Liquid and Hugo's shortcodes, as they appear in the Markdown of
 * old posts, turned into plain Markdown (or the raw HTML our pipeline
 * sanitises) before parsing. Like Jekyll and Hugo, this works on the text,
 * code blocks included: `{% raw %}` (Liquid) and commented-out shortcodes
 * (Hugo: a slash-star pair inside the braces) are how authors kept template
 * syntax literal. Unknown tags never reach readers outside code: they are
 * removed, and each removal is a warning with its line. Inside code (a
 * Vue template `{{ msg }}` in backticks) an unknown tag is what the author
 * means to show, and stays.
 */

import { TemplateOutput } from './template-output';
import { escapeHtml, evaluateLiquid, fence, parseArguments } from './template-values';
import { TemplateSource } from './template-source';

export interface TemplateContext {
  /** site.url: the base URL, without base path ('https://notes.example.org'). */
  siteUrl: string;
  /** site.baseurl / base: the base path ('' or '/repo'). */
  basePath: string;
  siteTitle: string;
  pageTitle: string;
  /**
   * The root-relative address (the page adds the base path to links) of the
   * post a `{% post_url %}`, `{{< ref >}}` or `{{< relref >}}` names, or
   * undefined when there is none.
   */
  resolvePost: (reference: string) => string | undefined;
  /** Liquid is Jekyll's; Hugo posts (TOML front matter) keep `{{ }}` and `{% %}` as text. */
  liquid: boolean;
}

export interface TemplateFinding {
  severity: 'error' | 'warning';
  /** 1-based line in the Markdown given. */
  line: number;
  message: string;
}

export interface ExpandedTemplates {
  markdown: string;
  findings: TemplateFinding[];
  /** Where `{:toc}` or `{{< toc >}}` stood: the outline is rendered there. */
  hasTocMarker: boolean;
  /** The source line that a 1-based line of `markdown` comes from. */
  sourceLine: (line: number) => number;
}

/** Raw HTML marker that rehype-toc replaces with the post's outline. */
export const TOC_MARKER = '<nav data-confnotes-toc=""></nav>';

class Expander {
  private readonly output = new TemplateOutput();
  private readonly findings: TemplateFinding[] = [];
  private hasTocMarker = false;
  private readonly index: TemplateSource;
  private readonly tokens: RegExp;

  constructor(
    private readonly source: string,
    private readonly context: TemplateContext,
  ) {
    this.index = new TemplateSource(source);
    this.tokens = context.liquid ? /\{\{[<%]|\{%|\{\{|\{:toc\}/g : /\{\{[<%]|\{:toc\}/g;
  }

  /** Inside a fenced block, or between backticks on its line: code, where unknown template syntax is shown as written. */
  private inCode(offset: number): boolean {
    return this.index.inCode(offset);
  }

  run(): ExpandedTemplates {
    let position = 0;
    const source = this.source;
    while (position < source.length) {
      const next = this.nextToken(position);
      if (next === -1) {
        this.output.append(source.slice(position), position);
        break;
      }
      this.output.append(source.slice(position, next), position);
      this.output.from(next);
      position = this.token(next);
    }
    const markdown = this.output.toString();
    return { markdown, findings: this.findings, hasTocMarker: this.hasTocMarker, sourceLine: this.sourceLine(markdown) };
  }

  /** Maps lines of the expanded Markdown to the source's, for messages about the expanded text. */
  private sourceLine(markdown: string): (line: number) => number {
    let lineStarts: number[] | undefined;
    return (line) => {
      if (!lineStarts) {
        lineStarts = [0];
        for (let index = markdown.indexOf('\n'); index !== -1; index = markdown.indexOf('\n', index + 1)) lineStarts.push(index + 1);
      }
      return this.index.lineOf(this.output.sourceOffset(lineStarts[line - 1] ?? markdown.length));
    };
  }

  private nextToken(from: number): number {
    this.tokens.lastIndex = from;
    const match = this.tokens.exec(this.source);
    return match ? match.index : -1;
  }

  private warn(offset: number, message: string, severity: 'error' | 'warning' = 'warning'): void {
    this.findings.push({ severity, line: this.index.lineOf(offset), message });
  }

  /** Handles the token at `start`; returns where scanning continues. */
  private token(start: number): number {
    const source = this.source;
    if (source.startsWith('{:toc}', start)) {
      this.replaceTocListItem();
      return start + '{:toc}'.length;
    }
    if (source.startsWith('{{<', start) || source.startsWith('{{%', start)) return this.shortcode(start);
    if (source.startsWith('{%', start)) return this.liquidTag(start);
    return this.liquidOutput(start);
  }

  /** kramdown writes its TOC as `* TOC` followed by `{:toc}`: the list item goes too. */
  private replaceTocListItem(): void {
    this.output.dropTrailingListItem();
    this.output.append(TOC_MARKER);
    this.hasTocMarker = true;
  }

  // ---- Hugo shortcodes -------------------------------------------------

  private shortcode(start: number): number {
    const source = this.source;
    const delimiter = source[start + 2] === '<' ? '>' : '%';
    const close = `${delimiter}}}`;
    if (source.startsWith('/*', start + 3) || source.slice(start + 3).trimStart().startsWith('/*')) {
      const end = this.index.indexOf(`*/${close}`, start);
      if (end !== -1) {
        const inner = source.slice(start + 3, end).replace(/^\s*\/\*/, '');
        this.output.append(`{{${source[start + 2]}${inner}${close}`);
        return end + 2 + close.length;
      }
    }
    const end = this.index.indexOf(close, start + 3);
    if (end === -1) {
      this.warn(start, 'a Hugo shortcode is not closed; it is shown as text');
      this.output.append(source.slice(start, start + 3), start);
      return start + 3;
    }
    const body = source.slice(start + 3, end).trim();
    const after = end + close.length;
    const closing = body.startsWith('/');
    const name = (closing ? body.slice(1) : body).trim().split(/\s+/)[0] ?? '';
    if (closing) return after; // the closing half of a pair handled at its opening
    const args = parseArguments(body.slice(name.length));
    const closingPattern = () => new RegExp(String.raw`\{\{[<%]\s*/\s*${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\s*[>%]\}\}`, 'g');
    const pairEnd = this.index.exec(`shortcode-end:${name}`, closingPattern, after);

    switch (name) {
      case 'youtube': {
        const id = args.named.id ?? args.positional[0] ?? '';
        if (!/^[\w-]{6,20}$/.test(id)) {
          this.warn(start, `youtube shortcode without a video id ("${id}"); removed`);
          return after;
        }
        const title = args.named.title ?? `YouTube video ${id}`;
        this.output.append(`<div class="video-embed" data-youtube-id="${escapeHtml(id)}"><a href="https://www.youtube.com/watch?v=${escapeHtml(id)}">${escapeHtml(title)}</a></div>`);
        return after;
      }
      case 'figure': {
        const src = args.named.src ?? '';
        const caption = args.named.caption ?? args.named.title ?? '';
        const alt = args.named.alt ?? caption;
        const image = `<img src="${escapeHtml(src)}" alt="${escapeHtml(alt)}"${args.named.width ? ` width="${escapeHtml(args.named.width)}"` : ''}${args.named.height ? ` height="${escapeHtml(args.named.height)}"` : ''}>`;
        const linked = args.named.link ? `<a href="${escapeHtml(args.named.link)}">${image}</a>` : image;
        this.output.append(`<figure>${linked}${caption ? `<figcaption>${escapeHtml(caption)}</figcaption>` : ''}</figure>`);
        return after;
      }
      case 'ref':
      case 'relref': {
        const reference = args.positional[0] ?? args.named.path ?? '';
        this.output.append(this.postAddress(start, reference, name));
        return after;
      }
      case 'highlight': {
        if (!pairEnd) {
          this.warn(start, 'highlight shortcode without {{< /highlight >}}; removed');
          return after;
        }
        const code = source.slice(after, pairEnd.index).replace(/^\r?\n/, '').replace(/\r?\n$/, '');
        // `{{< highlight js "linenos=table,hl_lines=2" >}}`: the options go on, for the highlighter.
        this.output.append(fence(code, args.positional[0] ?? '', [args.positional[1] ?? '', ...Object.entries(args.named).map(([key, value]) => `${key}=${value}`)].join(',')));
        return pairEnd.index + pairEnd[0].length;
      }
      case 'mermaid': {
        if (!pairEnd) {
          this.warn(start, 'mermaid shortcode without {{< /mermaid >}}; removed');
          return after;
        }
        // A diagram's source, as a mermaid fence: shown as source, labelled a diagram (rehype-code-blocks).
        this.output.append(fence(source.slice(after, pairEnd.index).replace(/^\r?\n/, '').replace(/\r?\n$/, ''), 'mermaid'));
        return pairEnd.index + pairEnd[0].length;
      }
      case 'toc':
        this.output.append(TOC_MARKER);
        this.hasTocMarker = true;
        return after;
      default:
        this.warn(start, pairEnd ? `unknown Hugo shortcode "${name}": its tags were removed, its content kept` : `unknown Hugo shortcode "${name}" was removed`);
        return after;
    }
  }

  // ---- Jekyll Liquid ---------------------------------------------------

  private liquidTag(start: number): number {
    const source = this.source;
    const end = this.index.indexOf('%}', start + 2);
    if (end === -1) {
      this.warn(start, 'a Liquid tag is not closed with %}; it is shown as text');
      this.output.append('{%');
      return start + 2;
    }
    const body = source.slice(start + 2, end).replace(/^-/, '').replace(/-$/, '').trim();
    const after = end + 2;
    const name = body.split(/\s+/)[0] ?? '';
    const rest = body.slice(name.length).trim();

    switch (name) {
      case 'raw': {
        const match = this.liquidEnd('endraw', after);
        if (!match) {
          this.warn(start, '{% raw %} without {% endraw %}: the rest of the post is kept as written');
          this.output.append(source.slice(after), after);
          return source.length;
        }
        this.output.append(source.slice(after, match.index), after);
        return match.index + match[0].length;
      }
      case 'comment': {
        const match = this.liquidEnd('endcomment', after);
        return match ? match.index + match[0].length : source.length;
      }
      case 'highlight': {
        const match = this.liquidEnd('endhighlight', after);
        if (!match) {
          this.warn(start, '{% highlight %} without {% endhighlight %}; removed');
          return after;
        }
        const code = source.slice(after, match.index).replace(/^\r?\n/, '').replace(/\r?\n$/, '');
        const [language = '', ...options] = rest.split(/\s+/);
        // `{% highlight ruby linenos %}`: linenos goes on, for the highlighter.
        this.output.append(fence(code, language, options.join(' ')));
        return match.index + match[0].length;
      }
      case 'post_url':
        this.output.append(this.postAddress(start, rest, 'post_url'));
        return after;
      case 'asset_img':
      case 'asset_path':
      case 'asset_link':
        return this.hexoAsset(start, name, rest, after);
      case 'link':
        this.output.append(this.postAddress(start, rest, 'link'));
        return after;
      default:
        if (this.inCode(start)) this.output.append(source.slice(start, after), start);
        else this.warn(start, `Liquid tag "{% ${name} %}" is not supported here and was removed`);
        return after;
    }
  }

  /** The next `{% name %}` (with optional whitespace control) from `from` on. */
  private liquidEnd(name: string, from: number): RegExpExecArray | null {
    return this.index.exec(`liquid-end:${name}`, () => new RegExp(String.raw`\{%-?\s*${name}\s*-?%\}`, 'g'), from);
  }

  private liquidOutput(start: number): number {
    const source = this.source;
    const end = this.index.indexOf('}}', start + 2);
    if (end === -1) {
      this.output.append('{{');
      return start + 2;
    }
    const expression = source.slice(start + 2, end).replace(/^-/, '').replace(/-$/, '').trim();
    const value = evaluateLiquid(expression, this.context);
    if (value !== undefined) this.output.append(value);
    else if (this.inCode(start)) this.output.append(source.slice(start, end + 2), start);
    else this.warn(start, `Liquid output "{{ ${expression} }}" is not supported here and was removed`);
    return end + 2;
  }

  /**
   * Hexo's tags for a file of the post's asset folder: `{% asset_img
   * hall.jpg Main hall %}`, `{% asset_link slides.pdf Slides %}`, `{%
   * asset_path hall.jpg %}`. The file's name is a relative address, which
   * the pipeline resolves in the post's folder and publishes beside it.
   */
  private hexoAsset(start: number, name: 'asset_img' | 'asset_path' | 'asset_link', rest: string, after: number): number {
    const words = parseArguments(rest).positional;
    // asset_img may start with class names: the file is the first word with an extension.
    const fileAt = Math.max(0, words.findIndex((word) => /\.[\w]+$/.test(word)));
    const file = words[fileAt] ?? '';
    if (file === '') {
      this.warn(start, `{% ${name} %} without a file name; removed`);
      return after;
    }
    const text = words.slice(fileAt + 1).filter((word) => name !== 'asset_img' || !/^\d+$/.test(word)).join(' ');
    const href = escapeHtml(encodeURI(file));
    if (name === 'asset_path') this.output.append(encodeURI(file));
    else if (name === 'asset_link') this.output.append(`<a href="${href}">${escapeHtml(text || file)}</a>`);
    else this.output.append(`<img src="${href}" alt="${escapeHtml(text)}"${text ? ` title="${escapeHtml(text)}"` : ''}>`);
    return after;
  }

  private postAddress(offset: number, reference: string, tag: string): string {
    const target = reference.trim().replace(/^["']|["']$/g, '');
    const [path = '', anchor] = target.split('#');
    // Hugo's ref to the current page: only an anchor (checked against the page's ids once it is rendered).
    if (path === '' && anchor !== undefined && anchor !== '') return `#${anchor}`;
    const address = this.context.resolvePost(path);
    if (address === undefined) {
      this.warn(offset, `${tag} "${target}" names no post in the content folder`, 'error');
      return '#';
    }
    return anchor ? `${address}#${anchor}` : address;
  }
}

export function expandTemplates(markdown: string, context: TemplateContext): ExpandedTemplates {
  return new Expander(markdown, context).run();
}
