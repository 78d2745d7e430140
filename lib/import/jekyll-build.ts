import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { stringOf, stringsOf } from './old-site-files';
import { readJekyllConfig } from './jekyll';
import type { ImportNote } from './plan';
import { isInstalled, ReferenceBuildError, run, scratchCopy, type ReferenceBuild } from './reference-build';

/*
 * The old Jekyll site built by Jekyll, as GitHub Pages built it: in
 * production mode (themes show comments only there), in UTC unless the
 * site names its time zone, without Bundler (the Gemfile names gems this
 * machine may not have). A plugin of ours writes Jekyll's own list of
 * what it published. Plugins that are not installed are left out, with a
 * note: their pages are then missing from the reference.
 */

/** Jekyll's own account of each post, page and file, written after the site is. */
const MANIFEST_PLUGIN = `
require 'json'
Jekyll::Hooks.register :site, :post_write do |site|
  entries = []
  site.posts.docs.each do |doc|
    entries << { 'file' => doc.relative_path, 'address' => doc.url, 'kind' => 'content' }
  end
  site.pages.each do |page|
    next if page.respond_to?(:pager) && page.pager
    generated = page.is_a?(Jekyll::PageWithoutAFile) || !File.exist?(File.join(site.source, page.relative_path))
    entries << { 'file' => page.relative_path, 'address' => page.url, 'kind' => generated ? 'generated' : 'content' }
  end
  site.static_files.each do |file|
    entries << { 'file' => file.relative_path.sub(%r{^/}, ''), 'address' => file.url, 'kind' => 'static' }
  end
  File.write(ENV.fetch('CONFNOTES_MANIFEST'), JSON.generate(entries))
end
`;

/** Liquid tags of plugins this machine lacks, each rendering nothing, so that the rest of the site still builds. */
function stubTagsPlugin(tags: readonly string[]): string {
  return [
    'class ConfnotesStubTag < Liquid::Tag',
    '  def render(_context) = ""',
    'end',
    ...tags.map((tag) => `Liquid::Template.register_tag(${JSON.stringify(tag)}, ConfnotesStubTag)`),
    '',
  ].join('\n');
}

const manifestSchema = z.array(z.object({ file: z.string(), address: z.string(), kind: z.enum(['content', 'static', 'generated']) }));

/** Builds the Jekyll site at `root` into a temporary folder. Throws ReferenceBuildError when Jekyll is not installed or the site does not build. */
export function buildJekyllSite(root: string): ReferenceBuild {
  if (!isInstalled('jekyll')) throw new ReferenceBuildError('jekyll is not installed: install it to build the old site for reference (Debian: apt-get install jekyll)');
  const scratch = scratchCopy(root, (relative) => /^(\.git|\.jekyll-cache|\.sass-cache|_site|node_modules)(\/|$)/.test(relative));
  try {
    const config = readJekyllConfig(root);
    const plugins = path.join(scratch.work, 'plugins');
    mkdirSync(plugins);
    writeFileSync(path.join(plugins, 'confnotes_manifest.rb'), MANIFEST_PLUGIN);
    const own = stringsOf(config.plugins_dir).length > 0 ? stringsOf(config.plugins_dir) : ['_plugins'];
    const outDir = path.join(scratch.work, 'out');
    const manifestFile = path.join(scratch.work, 'manifest.json');
    const notes: ImportNote[] = [];
    const overrides: Record<string, unknown> = {};
    let gems = [...stringsOf(config.plugins), ...stringsOf(config.gems)];
    const env = { JEKYLL_NO_BUNDLER_REQUIRE: 'true', JEKYLL_ENV: 'production', TZ: stringOf(config.timezone) ?? 'UTC', CONFNOTES_MANIFEST: manifestFile, LANG: 'C.UTF-8' };
    // What the site uses that this machine lacks is left out, one thing per attempt, each with a note.
    const stubTags: string[] = [];
    const excluded = [...stringsOf(config.exclude)];
    let partial = false;
    for (let attempt = 0; ; attempt += 1) {
      const overrideFile = path.join(scratch.work, '_config.confnotes.yml');
      writeFileSync(overrideFile, JSON.stringify(overrides));
      writeFileSync(path.join(plugins, 'confnotes_stub_tags.rb'), stubTagsPlugin(stubTags));
      const configs = ['_config.yml', '_config.yaml', '_config.toml'].filter((name) => existsSync(path.join(scratch.source, name)));
      const args = ['build', '--source', scratch.source, '--destination', outDir, '--disable-disk-cache', '--plugins', [...own.map((folder) => path.join(scratch.source, folder)), plugins].join(','), '--config', [...configs, overrideFile].join(',')];
      try {
        run('jekyll', args, { cwd: scratch.source, env, what: 'building the old site with Jekyll' });
        break;
      } catch (error) {
        if (!(error instanceof ReferenceBuildError) || attempt > 20) throw error;
        const message = error.output;
        const missing = /don't have ([\w-]+) or one of its dependencies installed/.exec(message)?.[1] ?? /The ([\w-]+) theme could not be found/.exec(message)?.[1];
        const unknownTag = /Unknown tag '([\w-]+)'/.exec(message)?.[1];
        const stylesheet = /encountered an error while converting '([^']+)'/.exec(message)?.[1];
        partial = true;
        if (missing !== undefined && gems.includes(missing)) {
          gems = gems.filter((gem) => gem !== missing);
          overrides.plugins = gems;
          overrides.gems = [];
          notes.push({ file: '_config.yml', message: `the plugin ${missing} is not installed here, so the reference build went without it: addresses it made follow Jekyll's rules (Debian: apt-get install ruby-${missing})` });
        } else if (missing !== undefined) {
          overrides.theme = null;
          notes.push({ file: '_config.yml', message: `the theme ${missing} is not installed here, so the reference build went without it: files it published are not in the list` });
        } else if (unknownTag !== undefined && !stubTags.includes(unknownTag)) {
          stubTags.push(unknownTag);
          notes.push({ file: '_config.yml', message: `the Liquid tag {% ${unknownTag} %} comes from a plugin not installed here: the reference build left it empty` });
        } else if (stylesheet !== undefined && !excluded.includes(stylesheet)) {
          excluded.push(stylesheet);
          overrides.exclude = excluded;
          notes.push({ file: stylesheet, message: 'could not be converted here (a theme’s Sass it imports is missing): the stylesheet is not carried over' });
        } else {
          throw error;
        }
      }
    }
    const manifest = manifestSchema.parse(JSON.parse(readFileSync(manifestFile, 'utf8')));
    const version = run('jekyll', ['--version'], { cwd: scratch.work, what: 'asking Jekyll its version' }).stdout.trim();
    return { generator: 'jekyll', version, outDir, manifest, notes, partial, dispose: scratch.dispose };
  } catch (error) {
    scratch.dispose();
    throw error;
  }
}
