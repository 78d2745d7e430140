import type { TemplateContext } from './templates';

/*
 * The values and small syntaxes of templates (lib/markdown/templates.ts):
 * Liquid expressions with the few variables and filters Jekyll posts use,
 * shortcode and tag arguments, and code fences that hold any code.
 */

export type LiquidValues = Pick<TemplateContext, 'siteUrl' | 'basePath' | 'siteTitle' | 'pageTitle'>;

export const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[character] ?? character);

/** Shortcode and Liquid tag arguments: `a "b c" key=value key="v w"`. */
export function parseArguments(text: string): { positional: string[]; named: Record<string, string> } {
  const positional: string[] = [];
  const named: Record<string, string> = {};
  const pattern = /([\w-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+))|"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+)/g;
  for (const match of text.matchAll(pattern)) {
    const [, key, doubleQuoted, singleQuoted, bare, positionalDouble, positionalSingle, positionalBare] = match;
    if (key !== undefined) named[key] = doubleQuoted ?? singleQuoted ?? bare ?? '';
    else positional.push(positionalDouble ?? positionalSingle ?? positionalBare ?? '');
  }
  return { positional, named };
}

/** site.url, site.baseurl, base, site.title, page.title, string literals; filters relative_url, absolute_url, prepend, append. Undefined: not supported. */
export function evaluateLiquid(expression: string, context: LiquidValues): string | undefined {
  const [head = '', ...filters] = expression.split('|').map((part) => part.trim());
  let value = liquidVariable(head, context);
  if (value === undefined) return undefined;
  for (const filter of filters) {
    const [name = '', argument = ''] = filter.split(':').map((part) => part.trim());
    const operand = liquidVariable(argument, context) ?? '';
    if (name === 'relative_url') value = `${context.basePath}${value.startsWith('/') ? '' : '/'}${value}`;
    else if (name === 'absolute_url') value = `${context.siteUrl}${context.basePath}${value.startsWith('/') ? '' : '/'}${value}`;
    else if (name === 'prepend') value = `${operand}${value}`;
    else if (name === 'append') value = `${value}${operand}`;
    else return undefined;
  }
  return value;
}

function liquidVariable(name: string, context: LiquidValues): string | undefined {
  const literal = /^(["'])(.*)\1$/.exec(name);
  if (literal) return literal[2];
  switch (name) {
    case 'site.url':
      return context.siteUrl;
    case 'site.baseurl':
    case 'base':
    case 'BASE_PATH':
      return context.basePath;
    case 'site.title':
      return context.siteTitle;
    case 'page.title':
      return context.pageTitle;
    default:
      return undefined;
  }
}

/**
 * A fenced code block around `code`, with a fence longer than any run of
 * backticks inside it; `options` (Jekyll's `linenos`, Hugo's
 * `linenos=table,hl_lines=2`) follow the language in the info string.
 */
export function fence(code: string, language: string, options = ''): string {
  let longestRun = 2;
  for (const match of code.matchAll(/`+/g)) longestRun = Math.max(longestRun, match[0].length);
  const marks = '`'.repeat(longestRun + 1);
  const meta = options.replace(/[`\r\n]/g, ' ').trim();
  return `${marks}${language.replace(/[^\w+#.-]/g, '')}${meta ? ` ${meta}` : ''}\n${code}\n${marks}`;
}
