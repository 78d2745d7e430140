import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from './schema';

describe('frontMatterSchema accepts what Jekyll, Hugo and Hexo authors write', () => {
  it.each([
    ['keywords as a comma-separated string', { keywords: 'Apache Flink, Flink Forward, FFA' }, { keywords: ['Apache Flink', 'Flink Forward', 'FFA'] }],
    ['keywords with Chinese commas', { keywords: '流处理，Flink、实时' }, { keywords: ['流处理', 'Flink', '实时'] }],
    ['keywords as a list', { keywords: ['a', 'b'] }, { keywords: ['a', 'b'] }],
    ['tags as a space-separated string', { tags: 'flink  streaming' }, { tags: ['flink', 'streaming'] }],
    ['an empty tag list', { tags: [] }, { tags: [] }],
    ['a key with no value', { description: null, tags: null }, {}],
    ['a numeric title', { title: 2019 }, { title: '2019' }],
    ['index: false', { index: false }, { index: false }],
    ['YAML 1.1 booleans', { index: 'no', published: 'yes' }, { index: false, published: true }],
    ['comments: disqus', { comments: 'disqus' }, { comments: 'disqus' }],
    ['comments: false', { comments: false }, { comments: false }],
    ['a date', { date: '2019-11-30' }, { date: { isoDate: '2019-11-30', dateTime: '2019-11-30T00:00:00Z' } }],
    ['a Jekyll date and time', { date: '2019-11-30 10:00:00 +0800' }, { date: { isoDate: '2019-11-30', dateTime: '2019-11-30T10:00:00+08:00' } }],
    ['a TOML date object', { date: new Date('2019-11-30T10:00:00Z') }, { date: { isoDate: '2019-11-30' } }],
    ['a permalink', { permalink: '/2019/ffa.html' }, { permalink: '/2019/ffa.html' }],
    ['a permalink without its leading slash, as Jekyll and Hexo read it', { permalink: 'about/' }, { permalink: '/about/' }],
    ['lang with an underscore', { lang: 'zh_CN' }, { lang: 'zh-CN' }],
    ['layout and unknown keys', { layout: 'default', foo: { bar: 1 } }, { layout: 'default' }],
  ])('%s', (_name, input, expected) => {
    const result = parseFrontMatter(input);
    expect(result.success).toBe(true);
    if (result.success) expect(result.data).toMatchObject(expected);
  });
});

describe('frontMatterSchema names the key and what was expected', () => {
  it.each([
    ['keywords: 42', { keywords: 42 }, 'keywords', 'expected a comma-separated string or a list of keywords, got number 42'],
    ['an impossible date', { date: '2019-13-45' }, 'date', `expected a real date such as 2019-11-30 or '2019-11-30 10:00:00 +0800', got "2019-13-45"`],
    ['February 30th', { date: '2019-02-30' }, 'date', `expected a real date such as 2019-11-30 or '2019-11-30 10:00:00 +0800', got "2019-02-30"`],
    ['a date that is a word', { date: 'yesterday' }, 'date', `expected a real date such as 2019-11-30 or '2019-11-30 10:00:00 +0800', got "yesterday"`],
    ['a date that is a number', { date: 20191130 }, 'date', `expected a date such as 2019-11-30 or '2019-11-30 10:00:00 +0800', got number 20191130`],
    ['a list as title', { title: ['a'] }, 'title', 'expected the post title as text, got a list'],
    ['index: maybe', { index: 'maybe' }, 'index', 'expected true or false, got "maybe"'],
    ['draft: 1', { draft: 1 }, 'draft', 'expected true or false, got number 1'],
    ['a permalink with a space', { permalink: '/2019/my notes.html' }, 'permalink', "expected a path without spaces, '?' or '#', such as '/2019/11/30/my-notes.html'"],
    ['a language that is no tag', { lang: 'Chinese (Simplified)' }, 'lang', "expected a language tag such as 'zh-CN' or 'en'"],
    ['comments: 3', { comments: 3 }, 'comments', 'expected disqus, true or false, got number 3'],
  ])('%s', (_name, input, key, message) => {
    const result = parseFrontMatter(input);
    expect(result).toEqual({ success: false, issues: [{ key, message }] });
  });

  it('rejects front matter that is not a map of keys', () => {
    expect(parseFrontMatter(['a', 'b'])).toEqual({
      success: false,
      issues: [{ key: undefined, message: 'expected key: value pairs at the top level of the front matter' }],
    });
  });

  it('reports every bad key, not only the first', () => {
    const result = parseFrontMatter({ keywords: 42, date: 'soon' });
    expect(result.success ? [] : result.issues.map((issue) => issue.key)).toEqual(['keywords', 'date']);
  });
});
