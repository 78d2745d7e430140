import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { uiStrings } from '../i18n';
import { isFormula } from './math-on-demand';
import { plainText } from './plain-text';
import { renderMarkdown, type RenderOptions } from './render-markdown';

const options: RenderOptions = {
  labels: uiStrings('en'),
  templates: { siteUrl: 'https://x.org', basePath: '', siteTitle: 'x', resolvePost: () => undefined, liquid: true },
};
const render = (markdown: string) => renderMarkdown(markdown, options);
const html = (tree: Root) => toHtml(tree);

describe('code blocks, highlighted after the sanitiser', () => {
  it.each([
    ['a fence', '```go\nfunc main() {}\n```', '<pre><code class="language-go highlighted"><span class="hljs-function"><span class="hljs-keyword">func</span> <span class="hljs-title">main</span><span class="hljs-params">()</span></span> {}\n</code></pre>'],
    ['a ~~~ fence, kramdown’s', '~~~ sql\nSELECT 1;\n~~~', '<pre><code class="language-sql highlighted"><span class="hljs-keyword">SELECT</span> <span class="hljs-number">1</span>;\n</code></pre>'],
    ['raw <pre><code class="language-x">', '<pre><code class="language-yaml">a: 1</code></pre>', '<pre><code class="language-yaml highlighted"><span class="hljs-attr">a:</span> <span class="hljs-number">1</span></code></pre>'],
    ['an alias', '```sh\necho hi\n```', '<pre><code class="language-sh highlighted"><span class="hljs-built_in">echo</span> hi\n</code></pre>'],
    ['no language: plain', '```\nx = 1\n```', '<pre><code>x = 1\n</code></pre>'],
    ['an unknown language: plain, no error', '```klingon\nQapla\n```', '<pre><code class="language-klingon">Qapla\n</code></pre>'],
  ])('%s', (_name, markdown, expected) => {
    const rendered = render(markdown);
    expect(html(rendered.tree)).toBe(expected);
    expect(rendered.findings).toEqual([]);
  });

  it.each([
    ['Jekyll’s linenos', '{% highlight ruby linenos %}\nputs 1\nputs 2\n{% endhighlight %}', 'language-ruby highlighted line-numbers', ['line', 'line']],
    ['Hugo’s options', '{{< highlight js "linenos=table,hl_lines=2" >}}\na;\nb;\n{{< /highlight >}}', 'language-js highlighted line-numbers', ['line', 'line line-marked']],
    ['a fence’s options', '```go {hl_lines=[1]}\na\nb\n```', 'language-go highlighted', ['line line-marked', 'line']],
  ])('%s: one element per line, numbered and marked by class', (_name, markdown, codeClass, lineClasses) => {
    const output = html(render(markdown).tree);
    expect(/<code class="([^"]*)"/.exec(output)?.[1]).toBe(codeClass);
    expect([...output.matchAll(/<span class="(line[^"]*)"/g)].map((match) => match[1])).toEqual(lineClasses);
    expect(output).not.toContain('data-meta');
  });

  it('keeps a multi-line comment’s colour on each of its lines', () => {
    const output = html(render('```c linenos\n/* one\ntwo */\n```').tree);
    expect(output).toContain('<span class="line"><span class="hljs-comment">/* one</span></span>\n<span class="line"><span class="hljs-comment">two */</span></span>');
  });

  it('shows a Mermaid diagram as its source, labelled, with a warning naming the line', () => {
    const rendered = render('Text.\n\n```mermaid\ngraph TD\n  A --> B\n```\n');
    expect(html(rendered.tree)).toContain('<figure class="diagram-source"><figcaption>Diagram (Mermaid), shown as its source</figcaption><pre><code class="language-mermaid">graph TD\n  A --> B\n</code></pre></figure>');
    expect(rendered.findings).toEqual([{ severity: 'warning', line: 3, message: 'a Mermaid diagram is shown as its source: confnotes draws no diagrams (put an image of it beside the source)' }]);
  });
});

describe('isFormula: a single $ as Pandoc reads it', () => {
  it.each([
    ['$x^2$', ' ', true],
    ['$$x$$', '1', true],
    ['$5 and $', '1', false],
    ['$ x $', ' ', false],
    ['$x $', '.', false],
    ['$x$', '2', false],
  ])('%s followed by %j: %s', (source, after, formula) => {
    expect(isFormula(source, after)).toBe(formula);
  });
});

describe('formulas, typeset by KaTeX', () => {
  it('typesets $…$, $$…$$ and MathJax’s delimiters as HTML with MathML, with no style attribute', () => {
    const rendered = render('Inline $a^2$ and \\(b^2\\).\n\n$$\n\\sum_{i=1}^{m} f_i^2\n$$\n\n\\[\nx\n\\]\n');
    const output = html(rendered.tree);
    expect(output.match(/<span class="katex">/g)?.length).toBe(4);
    expect(output.match(/<div class="math-display">/g)?.length).toBe(2);
    expect(output).toContain('<annotation encoding="application/x-tex">\\sum_{i=1}^{m} f_i^2</annotation>');
    expect(output).not.toContain('style=');
    expect(Object.keys(rendered.mathStyles ?? {}).length).toBeGreaterThan(0);
    for (const name of Object.keys(rendered.mathStyles ?? {})) expect(output).toContain(name);
  });

  it('leaves prices as text, and a post without formulas without math styles', () => {
    const rendered = render('The ticket costs $5 and the workshop $10.');
    expect(html(rendered.tree)).toBe('<p>The ticket costs $5 and the workshop $10.</p>');
    expect(rendered.mathStyles).toBeUndefined();
  });

  it('keeps a formula KaTeX cannot read as its TeX, with a warning naming the line', () => {
    const rendered = render('One.\n\nBroken $\\frac{1$ here.');
    expect(html(rendered.tree)).toContain('<code class="language-math math-inline">\\frac{1</code>');
    expect(rendered.findings.map((finding) => [finding.line, finding.message.split(':')[0]])).toEqual([[3, 'a formula could not be typeset, and is shown as TeX']]);
  });

  it('reads a formula as its TeX in plain text (summaries, search)', () => {
    expect(plainText(render('Energy $E = mc^2$ here.').tree)).toBe('Energy E = mc^2 here.');
  });

  it('lets no script through KaTeX', () => {
    const output = html(render('$\\href{javascript:alert(1)}{x}$ and $\\url{javascript:alert(2)}$').tree);
    expect(output).not.toMatch(/href="javascript/i);
  });
});
