#!/usr/bin/env node
/**
 * Serves the static export in out/ the way GitHub Pages does: a file at its
 * exact path, else path + '.html', else path + '/index.html', else 404.html
 * with status 404, compressed as real hosts compress; the site lives under
 * BASE_PATH when one is set.
 *
 *   node scripts/serve.mjs [--port 3000] [--dir out]
 * Env: PORT, BASE_PATH.
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import compression from 'compression';
import sirv from 'sirv';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '3000' },
    host: { type: 'string' },
    dir: { type: 'string', default: 'out' },
  },
});

const root = path.resolve(values.dir);
if (!existsSync(path.join(root, 'index.html'))) {
  console.error(`serve: ${root} has no index.html; run "npm run build" first.`);
  process.exit(1);
}

const basePath = (process.env.BASE_PATH ?? '').replace(/\/+$/, '');
const notFoundPage = path.join(root, '404.html');
const serveFile = sirv(root, { extensions: ['html'], dotfiles: false, etag: true });

function notFound(response) {
  response.statusCode = 404;
  response.setHeader('Content-Type', 'text/html; charset=utf-8');
  response.end(existsSync(notFoundPage) ? readFileSync(notFoundPage) : 'Not found');
}

const compress = compression();

const server = createServer((request, response) => compress(request, response, () => handle(request, response)));

function handle(request, response) {
  const url = request.url ?? '/';
  if (basePath) {
    if (url === basePath) {
      response.writeHead(301, { Location: `${basePath}/` }).end();
      return;
    }
    if (!url.startsWith(`${basePath}/`)) {
      notFound(response);
      return;
    }
    request.url = url.slice(basePath.length);
  }
  serveFile(request, response, () => notFound(response));
}

server.listen(Number(values.port), values.host, () => {
  console.log(`Serving ${path.relative(process.cwd(), root) || '.'} at http://localhost:${values.port}${basePath}/`);
});
