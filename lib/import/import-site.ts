import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoadResult } from '../content/load-posts';
import { siteConfigSchema, type SiteConfig } from '../site-config-schema';
import { detectGenerator, GENERATORS, type GeneratorModule } from './generators';
import { listFiles } from './old-site-files';
import { answerOldAddresses, type AddressAnswer } from './old-addresses';
import type { ContentEntry, ImportNote, ImportPlan } from './plan';
import { ReferenceBuildError, type ReferenceBuild } from './reference-build';
import { applyManifest, decideFeedIds, decideThreads } from './reference-decisions';
import { renderImportReport } from './report';
import { importedSettings } from './settings';
import { renderSiteConfig } from './site-config-file';
import { stageImport } from './stage';

/*
 * `npm run import`: an old Jekyll, Hugo or Hexo site's folder moved into a
 * confnotes project, losing no address. The old site's posts and pages go
 * to content/, the files it copied to public/, its settings to
 * site.config.ts, and an account of every old address to import-report.md.
 * When the old generator is installed, the old site is built with it
 * first, and its output is the reference for every address.
 */

/** What stops an import, in words for the author. */
export class ImportError extends Error {
  override name = 'ImportError';
}

export interface ImportOptions {
  /** The old site's folder. */
  oldSite: string;
  /** The confnotes project to write into. */
  project: string;
  /** Replace content/ (and files of public/) the project already has. */
  replace: boolean;
  /** 'auto': build the old site when its generator is installed; 'required': fail when it cannot be (for --verify); 'off': by the generator's rules only. */
  reference: 'auto' | 'required' | 'off';
}

export interface ImportResult {
  generator: GeneratorModule;
  plan: ImportPlan;
  settings: SiteConfig;
  /** The old site as its generator built it; undefined when it could not be (`referenceProblem` says why). The caller disposes of it. */
  reference: ReferenceBuild | undefined;
  referenceProblem: string | undefined;
  answers: AddressAnswer[];
  /** Posts and pages as `npm run build` will read them, with every problem. */
  loaded: LoadResult;
  /** Where each imported file went, and its post as confnotes reads it. */
  entries: ContentEntry[];
  notes: ImportNote[];
  /** The report's path. */
  reportFile: string;
}

/** The sample post a new project ships with: replacing it needs no --replace. */
const SAMPLE_POSTS = new Set(['2019-11-30-flink-forward-asia.md']);

/** Refuses to overwrite an author's posts without --replace. */
function checkContentFolder(project: string, replace: boolean): void {
  const contentDir = path.join(project, 'content');
  const posts = listFiles(contentDir, (_relative, name) => name.startsWith('.')).filter((file) => /\.(md|markdown|html?)$/i.test(file));
  const own = posts.filter((file) => !SAMPLE_POSTS.has(file));
  if (own.length > 0 && !replace) {
    throw new ImportError(`content/ already holds posts (${own.slice(0, 3).join(', ')}${own.length > 3 ? `, and ${own.length - 3} more` : ''}); run again with --replace to replace them with the old site's`);
  }
}

/** Files the import would write over in public/ with other bytes: refused without --replace. */
function publicConflicts(stagedPublic: string, projectPublic: string): string[] {
  return listFiles(stagedPublic).filter((file) => {
    const existing = path.join(projectPublic, file);
    return existsSync(existing) && !readFileSync(existing).equals(readFileSync(path.join(stagedPublic, file)));
  });
}

/** The project's current site.config.ts, checked; confnotes's defaults where it cannot be read. */
async function currentSettings(project: string): Promise<SiteConfig> {
  const file = path.join(project, 'site.config.ts');
  const fallback = siteConfigSchema.parse({ title: 'confnotes', description: '', author: '', baseUrl: 'https://example.github.io', basePath: '', defaultLanguage: 'en', uiLanguage: 'en', disqusShortname: '' });
  if (!existsSync(file)) return fallback;
  const module: unknown = await import(pathToFileURL(file).href);
  const input = module !== null && typeof module === 'object' && 'default' in module ? module.default : undefined;
  const checked = siteConfigSchema.safeParse(input);
  return checked.success ? checked.data : fallback;
}

/** Imports the old site at `options.oldSite` into the project; throws ImportError for what the author must change. */
export async function importSite(options: ImportOptions): Promise<ImportResult> {
  const oldSite = path.resolve(options.oldSite);
  const project = path.resolve(options.project);
  if (!existsSync(oldSite)) throw new ImportError(`${options.oldSite}: no such folder`);
  const generator = detectGenerator(oldSite);
  if (!generator) {
    throw new ImportError(`${options.oldSite} is not a site confnotes can import: expected ${GENERATORS.map((candidate) => `${candidate.label} (${candidate.signature})`).join(', or ')}`);
  }
  checkContentFolder(project, options.replace);
  const plan = generator.plan(oldSite);
  const notes: ImportNote[] = [...plan.notes];
  let reference: ReferenceBuild | undefined;
  let referenceProblem: string | undefined;
  if (options.reference === 'off') referenceProblem = 'not asked to';
  else {
    try {
      reference = generator.build(oldSite);
      notes.push(...reference.notes);
    } catch (error) {
      if (!(error instanceof ReferenceBuildError) || options.reference === 'required') throw error;
      referenceProblem = error.message;
    }
  }
  try {
    if (reference) applyManifest(plan, reference, notes);
    const configFile = generator.name === 'hugo' ? 'the Hugo configuration' : '_config.yml';
    const settings = importedSettings(plan, await currentSettings(project), configFile, notes);
    const staged = await stageImport(plan, settings, (sources) => {
      if (!reference) return;
      decideThreads(plan, settings, sources, reference, notes);
      decideFeedIds(settings, sources, reference, notes);
    });
    try {
      const answers = answerOldAddresses({ plan, settings, staged, reference, notes });
      const conflicts = publicConflicts(staged.publicDir, path.join(project, 'public'));
      if (conflicts.length > 0 && !options.replace) {
        throw new ImportError(`public/ already holds other files at ${conflicts.slice(0, 3).join(', ')}${conflicts.length > 3 ? `, and ${conflicts.length - 3} more` : ''}; run again with --replace to write the old site's over them`);
      }
      const contentDir = path.join(project, 'content');
      rmSync(contentDir, { recursive: true, force: true });
      cpSync(staged.contentDir, contentDir, { recursive: true });
      mkdirSync(path.join(project, 'public'), { recursive: true });
      cpSync(staged.publicDir, path.join(project, 'public'), { recursive: true });
      writeFileSync(path.join(project, 'site.config.ts'), renderSiteConfig(settings, `Moved from ${generator.label} by \`npm run import\` (see import-report.md); edit freely.`));
      const result: ImportResult = { generator, plan, settings, reference, referenceProblem, answers, loaded: staged.loaded, entries: plan.entries, notes, reportFile: path.join(project, 'import-report.md') };
      writeFileSync(result.reportFile, renderImportReport(result, undefined));
      return result;
    } finally {
      staged.dispose();
    }
  } catch (error) {
    reference?.dispose();
    throw error;
  }
}
