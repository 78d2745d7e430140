/**
 * The reference scripts/bench.ts compares against: the same posts built by
 * a minimal Jekyll site (Debian's `jekyll` package, kramdown, one layout,
 * the old blog's /YYYY/MM/DD/slug.html addresses), when jekyll is installed.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { measure, weigh, type Measured } from './bench-measure';

export function jekyllInstalled(): boolean {
  return spawnSync('jekyll', ['--version'], { encoding: 'utf8' }).status === 0;
}

const LAYOUT = `<!doctype html>
<html lang="{{ page.lang | default: 'zh' }}">
<head><meta charset="utf-8"><title>{{ page.title }}</title><meta name="viewport" content="width=device-width"></head>
<body><main><article><h1>{{ page.title }}</h1>{{ content }}</article></main></body>
</html>
`;

const HOME = `---
layout: default
---
<ul>{% for post in site.posts %}<li><a href="{{ post.url }}">{{ post.title }}</a> {{ post.excerpt }}</li>{% endfor %}</ul>
`;

/** Builds `contentDir`'s posts with Jekyll in `siteDir`; the time and the size of _site/. */
export async function buildWithJekyll(contentDir: string, siteDir: string): Promise<{ build: Measured; bytes: number; files: number }> {
  mkdirSync(path.join(siteDir, '_layouts'), { recursive: true });
  writeFileSync(path.join(siteDir, '_config.yml'), 'title: notes\npermalink: /:year/:month/:day/:title.html\nmarkdown: kramdown\n');
  writeFileSync(path.join(siteDir, '_layouts', 'default.html'), LAYOUT);
  writeFileSync(path.join(siteDir, 'index.html'), HOME);
  cpSync(contentDir, path.join(siteDir, '_posts'), { recursive: true });
  const build = await measure('jekyll build, the same posts', 'jekyll', ['build', '--quiet'], { cwd: siteDir, env: process.env });
  const { bytes, files } = weigh(path.join(siteDir, '_site'));
  return { build, bytes, files };
}
