import { describe, expect, it } from 'vitest';
import { expandTemplates, TOC_MARKER, type TemplateContext } from './templates';

const posts: Record<string, string> = {
  '2019-11-30-flink-forward-asia': '/2019/11/30/flink-forward-asia.html',
  'flink-forward-asia': '/2019/11/30/flink-forward-asia.html',
};
const context: TemplateContext = {
  siteUrl: 'https://notes.example.org',
  basePath: '/blog',
  siteTitle: 'confnotes',
  pageTitle: 'My notes',
  resolvePost: (reference) => posts[reference.replace(/^.*\//, '').replace(/\.(md|markdown)$/, '')],
  liquid: true,
};
const expand = (markdown: string, overrides: Partial<TemplateContext> = {}) => expandTemplates(markdown, { ...context, ...overrides });

describe('Jekyll Liquid', () => {
  it.each([
    ['site.url', '[home]({{ site.url }}/)', '[home](https://notes.example.org/)'],
    ['site.baseurl', '![x]({{ site.baseurl }}/images/a.png)', '![x](/blog/images/a.png)'],
    ['base', '[a]({{ base }}/about)', '[a](/blog/about)'],
    ['relative_url', `![x]({{ "/images/a.png" | relative_url }})`, '![x](/blog/images/a.png)'],
    ['absolute_url', `{{ '/feed.xml' | absolute_url }}`, 'https://notes.example.org/blog/feed.xml'],
    ['prepend', '{{ site.baseurl | prepend: site.url }}', 'https://notes.example.org/blog'],
    ['page.title with whitespace control', '{{- page.title -}}', 'My notes'],
    ['post_url', '[FFA]({% post_url 2019-11-30-flink-forward-asia %})', '[FFA](/2019/11/30/flink-forward-asia.html)'],
    ['raw keeps the inside literally', '{% raw %}{{ message }} {% if x %}{% endraw %}', '{{ message }} {% if x %}'],
    ['highlight becomes a fenced code block, its linenos kept for the highlighter', '{% highlight java linenos %}\nint x = 1;\n{% endhighlight %}', '```java linenos\nint x = 1;\n```'],
    ['a comment block disappears', 'a{% comment %}secret{% endcomment %}b', 'ab'],
    ['Liquid inside a heading', '## Welcome to {{ site.title }}', '## Welcome to confnotes'],
    ['Hexo asset_img with a title', '{% asset_img hall.jpg Main hall %}', '<img src="hall.jpg" alt="Main hall" title="Main hall">'],
    ['Hexo asset_img with class and size', '{% asset_img wide photo.png 800 600 "A photo" %}', '<img src="photo.png" alt="A photo" title="A photo">'],
    ['Hexo asset_link', '{% asset_link slides.pdf 資料 %}', '<a href="slides.pdf">資料</a>'],
    ['Hexo asset_link without text', '{% asset_link slides.pdf %}', '<a href="slides.pdf">slides.pdf</a>'],
    ['Hexo asset_path', '![x]({% asset_path "a b.png" %})', '![x](a%20b.png)'],
  ])('%s', (_name, input, output) => {
    const result = expand(input);
    expect(result.markdown).toBe(output);
    expect(result.findings).toEqual([]);
  });

  it.each([
    ['include', 'line one\n{% include image.html url="a.png" %}\nline three', 'line one\n\nline three', 2, 'Liquid tag "{% include %}" is not supported here and was removed'],
    ['an unknown output', 'Hi {{ page.author }}!', 'Hi !', 1, 'Liquid output "{{ page.author }}" is not supported here and was removed'],
    ['if/endif tags, content kept', '{% if site.comments %}\nkept\n{% endif %}', '\nkept\n', 1, 'Liquid tag "{% if %}" is not supported here and was removed'],
  ])('removes %s with a warning naming the line', (_name, input, output, line, message) => {
    const result = expand(input);
    expect(result.markdown).toBe(output);
    expect(result.findings[0]).toEqual({ severity: 'warning', line, message });
  });

  it('a post_url to a missing post is an error with its line', () => {
    expect(expand('one\n[x]({% post_url 2001-01-01-nothing %})').findings).toEqual([
      { severity: 'error', line: 2, message: 'post_url "2001-01-01-nothing" names no post in the content folder' },
    ]);
  });

  it.each([
    ['inline code', 'Vue: `{{ msg }}` and `{% if x %}`', 'Vue: `{{ msg }}` and `{% if x %}`'],
    ['a fenced block', '```html\n<p>{{ msg }}</p>\n```\n\n{{ gone }}', '```html\n<p>{{ msg }}</p>\n```\n\n'],
    ['known values in code are still filled in, as Jekyll does', '`{{ site.url }}`', '`https://notes.example.org`'],
  ])('keeps unknown template syntax inside %s', (_name, input, output) => {
    expect(expand(input).markdown).toBe(output);
  });

  it('leaves {{ }} and {% %} alone in Hugo posts', () => {
    const { markdown, findings, hasTocMarker } = expand('{{ .Title }} and {% tag %}', { liquid: false });
    expect({ markdown, findings, hasTocMarker }).toEqual({ markdown: '{{ .Title }} and {% tag %}', findings: [], hasTocMarker: false });
  });
});

describe('Hugo shortcodes', () => {
  it.each([
    ['youtube, a privacy-friendly facade', '{{< youtube dQw4w9WgXcQ >}}', '<div class="video-embed" data-youtube-id="dQw4w9WgXcQ"><a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ">YouTube video dQw4w9WgXcQ</a></div>'],
    ['youtube with id=', '{{< youtube id="dQw4w9WgXcQ" title="Keynote" >}}', '<div class="video-embed" data-youtube-id="dQw4w9WgXcQ"><a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ">Keynote</a></div>'],
    ['figure', '{{< figure src="/images/stage.jpg" caption="The main stage" >}}', '<figure><img src="/images/stage.jpg" alt="The main stage"><figcaption>The main stage</figcaption></figure>'],
    ['relref', '[FFA]({{< relref "flink-forward-asia.md" >}})', '[FFA](/2019/11/30/flink-forward-asia.html)'],
    ['ref with an anchor', '[FFA]({{< ref "/posts/flink-forward-asia#day1-morning" >}})', '[FFA](/2019/11/30/flink-forward-asia.html#day1-morning)'],
    ['relref to a heading of the same page', '[below]({{< relref "#some-heading" >}})', '[below](#some-heading)'],
    ['ref to a heading of the same page', '[below]({{% ref "#x" %}})', '[below](#x)'],
    ['highlight', '{{< highlight go >}}\nfmt.Println("hi")\n{{< /highlight >}}', '```go\nfmt.Println("hi")\n```'],
    ['highlight with options', '{{< highlight js "linenos=table,hl_lines=2" >}}\na\nb\n{{< /highlight >}}', '```js linenos=table,hl_lines=2\na\nb\n```'],
    ['a mermaid diagram', '{{< mermaid >}}\ngraph TD\n  A --> B\n{{< /mermaid >}}', '```mermaid\ngraph TD\n  A --> B\n```'],
    ['toc', '{{< toc >}}', TOC_MARKER],
    ['{{% %}} delimiters', '{{% figure src="a.png" %}}', '<figure><img src="a.png" alt=""></figure>'],
    ['a commented-out shortcode stays literal', '{{</* youtube abc */>}}', '{{< youtube abc >}}'],
  ])('%s', (_name, input, output) => {
    const result = expand(input, { liquid: false });
    expect(result.markdown).toBe(output);
    expect(result.findings).toEqual([]);
  });

  it.each([
    ['a single unknown shortcode is removed', 'a\n{{< tweet user="x" id="1" >}}\nb', 'a\n\nb', 'unknown Hugo shortcode "tweet" was removed'],
    ['a paired unknown shortcode keeps its Markdown', '{{% notice tip %}}\n**Tip:** read this.\n{{% /notice %}}', '\n**Tip:** read this.\n', 'unknown Hugo shortcode "notice": its tags were removed, its content kept'],
  ])('%s, with a warning', (_name, input, output, message) => {
    const result = expand(input, { liquid: false });
    expect(result.markdown).toBe(output);
    expect(result.findings).toEqual([{ severity: 'warning', line: input.startsWith('a\n') ? 2 : 1, message }]);
  });
});

describe('sourceLine', () => {
  it.each([
    ['copied text', 'one\ntwo\nthree', [1, 2, 3]],
    ['a highlight block that becomes a fence, and text after it', 'one\n{% highlight js %}\nx\n{% endhighlight %}\nafter', [1, 2, 2, 2, 5]],
    ['a shortcode that becomes a line of HTML', 'one\n{{< youtube abcdefgh >}}\nthree', [1, 2, 3]],
    ['a `* TOC` item dropped', '# Notes\n\n* TOC\n{:toc}\n\nend', [1, 2, 4, 5, 6]],
  ])('%s: each line of the output comes from the source line it was written on', (_name, input, lines) => {
    const result = expand(input);
    expect(result.markdown.split('\n').map((_line, index) => result.sourceLine(index + 1))).toEqual(lines);
  });
});

describe('kramdown {:toc}', () => {
  it('replaces the `* TOC` item and its {:toc} with the outline marker', () => {
    const result = expand('# Notes\n\n* TOC\n{:toc}\n\n## Day 1');
    expect(result.markdown).toBe(`# Notes\n\n${TOC_MARKER}\n\n## Day 1`);
    expect(result.hasTocMarker).toBe(true);
  });
});
