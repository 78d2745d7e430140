import { describe, expect, it } from 'vitest';
import { matchesHook, parseSelector, type OpenElement } from './hook-selectors';

/** Open elements from the outermost in, written `tag.class[attribute]`. */
function openElements(...elements: string[]): OpenElement[] {
  return elements.map((element) => {
    const [name = '', ...rest] = element.split(/(?=[.[])/);
    const attributes: Record<string, string> = {};
    const classes = rest.filter((part) => part.startsWith('.')).map((part) => part.slice(1));
    if (classes.length > 0) attributes.class = classes.join(' ');
    for (const part of rest.filter((item) => item.startsWith('['))) attributes[part.slice(1, -1)] = '';
    return { name, attributes };
  });
}

describe('matchesHook', () => {
  it.each([
    ['[data-session-list]', ['body', 'nav[data-session-list]'], true],
    ['a.heading-anchor', ['body', 'h2', 'a.anchor-icon.heading-anchor'], true],
    ['a.heading-anchor', ['body', 'span.heading-anchor'], false],
    ['.post-body pre', ['body', 'article.post-body', 'div', 'pre'], true],
    ['.post-body pre', ['body', 'div', 'pre'], false],
    ['.post-body pre', ['body', 'article.post-body', 'pre', 'code'], false],
    ['.video-embed[data-youtube-id]', ['body', 'div.video-embed[data-youtube-id]'], true],
    ['.video-embed[data-youtube-id]', ['body', 'div.video-embed'], false],
  ])('%s against %j: %s', (selector, elements, expected) => {
    expect(matchesHook(openElements(...elements), parseSelector(selector))).toEqual(expected);
  });
});

describe('parseSelector', () => {
  it.each(['nav > a', 'a:hover', '#main', 'a[href="#x"]'])('stops the build on a hook it cannot match: %s', (selector) => {
    expect(() => parseSelector(selector)).toThrow(`reader hook "${selector}" uses a selector it cannot match`);
  });
});
