/**
 * Which Chromium the Playwright suite drives: Playwright's own build when it
 * is installed, else CHROMIUM_PATH, else Debian's /usr/bin/chromium.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface ChromiumInstall {
  source: 'playwright' | 'CHROMIUM_PATH' | 'system';
  executablePath: string;
}

export function findChromium(): ChromiumInstall | undefined {
  const bundled = chromium.executablePath();
  if (bundled && existsSync(bundled)) return { source: 'playwright', executablePath: bundled };
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? { source: 'CHROMIUM_PATH', executablePath: fromEnv } : undefined;
  if (existsSync('/usr/bin/chromium')) return { source: 'system', executablePath: '/usr/bin/chromium' };
  return undefined;
}
