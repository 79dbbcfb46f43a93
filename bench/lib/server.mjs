import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { BUNDLE_DIR } from './bundles.mjs';
import { FIXTURES_DIR } from './readRecording.mjs';
import { OUT_DIR } from './paths.mjs';

const TYPES = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.html': 'text/html',
};

/**
 * Page for one player: `/page/<player>.html` loads `<player>.js` and, when
 * it exists, `<player>.css`.
 * @param {string} player
 */
function pageHtml(player) {
  const css = fs.existsSync(path.join(BUNDLE_DIR, `${player}.css`))
    ? `<link rel="stylesheet" href="/page/${player}.css">`
    : '';
  return (
    `<!doctype html><html><head><meta charset="utf-8">${css}</head>` +
    `<body style="margin:0"><script src="/page/${player}.js"></script>` +
    '</body></html>'
  );
}

/** URL prefixes and the folders they serve. */
const ROUTES = [
  ['/page/', BUNDLE_DIR],
  ['/generated/', OUT_DIR],
  ['/fixtures/', FIXTURES_DIR],
];

/**
 * Starts a static server on 127.0.0.1 with an ephemeral port for the
 * bench pages, generated recordings and real recordings.
 * @returns {Promise<{ url: string, close(): Promise<void> }>}
 */
export async function startServer() {
  const server = http.createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
    const page = /^\/page\/(\w+)\.html$/.exec(pathname);
    if (page) {
      response.writeHead(200, { 'content-type': TYPES['.html'] });
      response.end(pageHtml(/** @type {string} */ (page[1])));
      return;
    }
    const file = resolveFile(pathname);
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    const type = TYPES[/** @type {keyof TYPES} */ (path.extname(file))];
    response.writeHead(200, {
      'content-type': type ?? 'application/octet-stream',
    });
    fs.createReadStream(file).pipe(response);
  });

  await new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve(null)),
  );
  const address = /** @type {import('node:net').AddressInfo} */ (
    server.address()
  );
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * Maps a URL path to a file inside one of the served folders, or null.
 * @param {string} pathname
 */
function resolveFile(pathname) {
  for (const [prefix, dir] of ROUTES) {
    if (!pathname.startsWith(/** @type {string} */ (prefix))) continue;
    const relative = decodeURIComponent(pathname.slice(prefix.length));
    const file = path.resolve(/** @type {string} */ (dir), relative);
    if (
      !file.startsWith(path.resolve(/** @type {string} */ (dir)) + path.sep)
    ) {
      return null;
    }
    return fs.existsSync(file) && fs.statSync(file).isFile() ? file : null;
  }
  return null;
}
