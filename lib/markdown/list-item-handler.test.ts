import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { listItem } from './list-item-handler';

const base = unified().use(remarkParse).use(remarkGfm);
const withDefault = base().use(remarkRehype);
const withOurs = base().use(remarkRehype, { handlers: { listItem } });
const toHast = (processor: typeof withDefault, markdown: string) => processor.runSync(processor.parse(markdown));

describe('listItem', () => {
  it.each([
    ['a tight list', '- a\n- b\n- c'],
    ['a loose list', '- a\n\n- b\n- c'],
    ['an item with two paragraphs', '- a\n\n  more\n- b'],
    ['an item with a nested list', '- a\n  - b\n  - c\n- d'],
    ['task items', '- [ ] open\n- [x] done\n\n- [ ] loose'],
    ['an ordered list from 3', '3. a\n4. b'],
    ['an empty item', '-\n- b'],
    ['items with code', '- ```\n  x\n  ```\n- b'],
  ])('%s: as mdast-util-to-hast’s own handler', (_name, markdown) => {
    expect(toHast(withOurs, markdown)).toEqual(toHast(withDefault, markdown));
  });

  it('renders a tight list of 50,000 items (a ceiling, not a timing assertion)', () => {
    const tree = toHast(withOurs, '- item\n'.repeat(50_000));
    expect(tree.children.length).toEqual(1);
  }, 60_000);
});
