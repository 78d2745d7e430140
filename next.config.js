// @ts-check
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import nextConstants from 'next/constants.js';

const { PHASE_DEVELOPMENT_SERVER } = nextConstants;

/**
 * site.config.ts is the one place authors configure the site, but Node loads
 * this file without a TypeScript loader: transpile the (import-free) config
 * on the fly so that `basePath` set there reaches Next.js too.
 */
function loadSiteConfig() {
  const file = path.join(import.meta.dirname, 'site.config.ts');
  const { outputText } = ts.transpileModule(fs.readFileSync(file, 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
    fileName: file,
  });
  const module = { exports: /** @type {Record<string, unknown>} */ ({}) };
  new Function('module', 'exports', 'require', outputText)(module, module.exports, createRequire(import.meta.url));
  const config = /** @type {{ basePath?: unknown }} */ (module.exports.default ?? {});
  return config;
}

const siteConfig = loadSiteConfig();
// Same precedence as lib/site-config-schema.ts: env BASE_PATH, then site.config.ts.
const basePath = (process.env.BASE_PATH || (typeof siteConfig.basePath === 'string' ? siteConfig.basePath : '')).replace(/\/+$/, '');

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  // esbuild bundles the reader script for `next dev` (app/confnotes-dev); it is a native tool, not code to bundle.
  serverExternalPackages: ['esbuild', 'lowlight', 'highlight.js', 'katex'],
  // Pages are written as out/2019/11/30/slug.html, the file layout Jekyll
  // used, so every old address keeps working on any static host.
  trailingSlash: false,
  basePath,
  images: { unoptimized: true },
  poweredByHeader: false,
  reactStrictMode: true,
};

/*
 * `next dev` also serves the files ending in .dev.ts (app/confnotes-dev: the
 * live reload and the reader script while writing), which need a server: it
 * runs without the static export, which only a build writes. A build never
 * sees those files.
 */
/**
 * `next dev` serves its own resources (hot reload, the browser runtime) only
 * to localhost unless told otherwise. Writing with the page open at
 * 127.0.0.1, or on a phone on the same network (the address `next dev`
 * prints), is normal: the machine's own addresses are allowed, and the
 * hosts in CONFNOTES_DEV_ORIGINS (comma-separated), nothing else.
 */
function localDevOrigins() {
  const addresses = Object.values(os.networkInterfaces())
    .flatMap((entries) => entries ?? [])
    .map((entry) => entry.address);
  const extra = (process.env.CONFNOTES_DEV_ORIGINS ?? '').split(',').map((host) => host.trim()).filter((host) => host !== '');
  return [...new Set(['127.0.0.1', '[::1]', ...addresses.map((address) => (address.includes(':') ? `[${address}]` : address)), ...extra])];
}

export default (/** @type {string} */ phase) => {
  if (phase !== PHASE_DEVELOPMENT_SERVER) return { ...nextConfig, pageExtensions: ['tsx', 'ts'] };
  const { output: _export, ...development } = nextConfig;
  return {
    ...development,
    pageExtensions: ['dev.ts', 'tsx', 'ts'],
    allowedDevOrigins: localDevOrigins(),
    // Images next to a post ('./img/stage.png') and the files of its folder, which a build copies next to the page; files in public/ are served first.
    // The types app/confnotes-dev/asset serves.
    rewrites: async () => [
      { source: '/:path*.:extension(png|jpe?g|gif|webp|avif|svg|pdf|zip|pptx|key|mp4|webm|mp3|csv)', destination: '/confnotes-dev/asset/:path*.:extension' },
      // KaTeX's stylesheet and fonts, which a build writes into out/_confnotes/katex/.
      { source: '/_confnotes/katex/:path*', destination: '/confnotes-dev/katex/:path*' },
    ],
  };
};
