import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';

const step = z.object({ uses: z.string().optional(), run: z.string().optional(), with: z.record(z.string(), z.unknown()).optional(), env: z.record(z.string(), z.string()).optional() });
const workflow = z.object({
  on: z.object({ push: z.object({ branches: z.array(z.string()) }) }).loose(),
  permissions: z.record(z.string(), z.string()),
  jobs: z.record(z.string(), z.object({ steps: z.array(step), needs: z.string().optional(), environment: z.object({ name: z.string() }).loose().optional() }).loose()),
});

describe('.github/workflows/pages.yml', () => {
  const parsed = workflow.parse(parse(readFileSync(path.join(process.cwd(), '.github', 'workflows', 'pages.yml'), 'utf8')));
  const steps = Object.values(parsed.jobs).flatMap((job) => job.steps);

  it('builds with npm ci && npm run build, taking SITE_URL and BASE_PATH from repository variables', () => {
    const build = steps.find((candidate) => candidate.run?.includes('npm run build'));
    expect(build?.run).toEqual('npm ci && npm run build');
    expect(build?.env).toMatchObject({ SITE_URL: '${{ vars.SITE_URL }}', BASE_PATH: '${{ vars.BASE_PATH }}' });
  });

  it('keeps the rendering cache where npm ci does not delete it, and builds with it', () => {
    const build = steps.find((candidate) => candidate.run?.includes('npm run build'));
    const cache = steps.find((candidate) => candidate.uses?.startsWith('actions/cache@'));
    const cachedPaths = String(cache?.with?.path ?? '').split('\n').map((line) => line.trim()).filter((line) => line !== '');
    const cacheDir = build?.env?.CONFNOTES_CACHE_DIR ?? '';
    expect({
      underNodeModules: cachedPaths.filter((cached) => cached.startsWith('node_modules')),
      renderingCacheCached: cachedPaths.includes(cacheDir),
    }).toEqual({ underNodeModules: [], renderingCacheCached: true });
  });

  it('publishes out/ with the GitHub Pages actions, on pushes to main, with the permissions they need', () => {
    expect(parsed.on.push.branches).toEqual(['main']);
    expect(parsed.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
    expect(steps.map((candidate) => candidate.uses?.split('@')[0]).filter((uses) => uses?.includes('pages'))).toEqual(['actions/upload-pages-artifact', 'actions/deploy-pages']);
    expect(steps.find((candidate) => candidate.uses?.startsWith('actions/upload-pages-artifact'))?.with).toEqual({ path: 'out' });
    expect(parsed.jobs.deploy?.environment?.name).toEqual('github-pages');
  });
});
