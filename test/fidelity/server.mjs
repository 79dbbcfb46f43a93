import fs from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { HARNESS_DIR, OUT_DIR, REPO_ROOT } from './paths.mjs';

/** URL prefix to folder. Only these folders are served. */
const MOUNTS = {
  '/apps/': path.join(HARNESS_DIR, 'apps'),
  '/out/': OUT_DIR,
  '/node_modules/': path.join(REPO_ROOT, 'node_modules'),
};

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json',
};

/**
 * Starts a static file server on 127.0.0.1 and an ephemeral port, for the
 * app pages, the packages' dist files they load and the harness output.
 * Resolves to `{ origin, close() }`.
 */
export async function startServer() {
  const server = http.createServer((request, response) => {
    serve(request, response).catch((error) => {
      response.writeHead(500).end(String(error));
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));

  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

async function serve(request, response) {
  const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
  const file = resolveFile(decodeURIComponent(pathname));
  if (!file) {
    response.writeHead(404).end('not found');
    return;
  }

  try {
    const body = await fs.readFile(file);
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    response.writeHead(200, {
      'content-type': type,
      'cache-control': 'no-store',
    });
    response.end(body);
  } catch {
    response.writeHead(404).end('not found');
  }
}

/** Maps a URL path to a file inside one of the mounts, or null. */
function resolveFile(pathname) {
  for (const [prefix, folder] of Object.entries(MOUNTS)) {
    if (!pathname.startsWith(prefix)) continue;
    const file = path.resolve(folder, pathname.slice(prefix.length));
    return file.startsWith(folder + path.sep) ? file : null;
  }
  return null;
}
