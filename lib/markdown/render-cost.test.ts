import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../content/front-matter';
import { findExcessiveCost } from './render-cost';

const root = path.resolve(__dirname, '../..');
const realPosts = [
  path.join(root, 'content/2019-11-30-flink-forward-asia.md'),
  ...readdirSync(path.join(root, 'e2e/real-world'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => path.join(root, 'e2e/real-world', name)),
].map((file) => [path.basename(file), splitFrontMatter(readFileSync(file, 'utf8'), file).body]);

describe('findExcessiveCost', () => {
  it.each(realPosts)('%s, real notes, twenty times over: within the budget', (_name, body) => {
    expect(findExcessiveCost(Array.from({ length: 20 }, () => body).join('\n\n'))).toEqual(undefined);
  });

  it.each([
    ['a long table whose cells are emphasis (over budget as one block, within it cell by cell)', `| a | b |\n|---|---|\n${'| *x* _y_ | **z** |\n'.repeat(600)}`],
    ['a long list of links (over as one block, within it item by item)', '- [a](https://a.org) *b*\n'.repeat(1_500)],
    ['20 KB of code full of markup', `\`\`\`\n${'*_[`<'.repeat(4_000)}\n\`\`\`\n`],
  ])('%s: within the budget', (_name, markdown) => {
    expect(findExcessiveCost(markdown)).toEqual(undefined);
  });

  it.each([
    ['one paragraph of 10,000 emphasis markers', `Intro\n\n${'*a '.repeat(10_000)}\n`, 3, 'starts a paragraph (or heading or table cell) with so much markup (10000 of * _ ~ ` [ ] ! < & @ \\) that it would take more than 2.5 s to render; split it, or put it in a code block if it is code'],
    ['1.2 MB of prose in one paragraph', 'Words and more words in a line of prose.\n'.repeat(30_000), 15_354, 'is where the post grows too long to render in time: up to the end of this line it holds 615 KB of Markdown, more than renders in an estimated 2.5 s (the most a post may take); split the post here or earlier'],
    [
      'many paragraphs, each with much markup',
      Array.from({ length: 40 }, () => '[a] '.repeat(1_500)).join('\n\n'),
      59,
      'is where the post gets too costly to render in time (an estimated 2.5 s of work, the most a post may take; its paragraphs hold much markup: * _ ~ ` [ ] ! < & @ \\); split the post here or earlier',
    ],
  ])('%s: refused at line %i', (_name, markdown, line, message) => {
    expect(findExcessiveCost(markdown)).toEqual({ line, message });
  });
});
