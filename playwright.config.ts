import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium';

const port = Number(process.env.E2E_PORT ?? 4173);
const chromium = findChromium();

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          args: CHROMIUM_ARGS,
          ...(chromium && chromium.source !== 'playwright' ? { executablePath: chromium.executablePath } : {}),
        },
      },
    },
  ],
  webServer: [
    {
      // Production builds of the sample content plus e2e/content (with and without a Disqus shortname, and more), served statically.
      command: 'node scripts/e2e-site.mjs',
      url: `http://localhost:${port}/`,
      timeout: 600_000,
      reuseExistingServer: false,
      stdout: 'pipe',
      stderr: 'pipe',
    },
    {
      // `next dev` on a copy of the same content, for the tests of writing (e2e/dev.spec.ts) only.
      command: 'node scripts/e2e-dev-site.mjs',
      url: `http://localhost:${port + 10}/`,
      timeout: 600_000,
      reuseExistingServer: false,
      stdout: 'pipe',
      stderr: 'pipe',
    },
  ],
});
