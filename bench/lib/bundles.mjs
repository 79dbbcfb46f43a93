import path from 'node:path';
import { build } from 'vite';
import { OUT_DIR, REPO_ROOT } from './paths.mjs';

/** Folder the page bundles are written to. */
export const BUNDLE_DIR = path.join(OUT_DIR, 'page');

/** One IIFE bundle per engine, so each page loads only its own player. */
export const PLAYERS = /** @type {const} */ (['reprise', 'rrweb']);

/**
 * Builds `bench/out/page/<player>.js` (and `rrweb.css`) for each player
 * with Vite, from `bench/page/<player>Entry.ts`.
 */
export async function buildBundles() {
  for (const player of PLAYERS) {
    await buildPageBundle(player, `${player}Entry.ts`);
  }
}

/**
 * Builds one minified IIFE bundle, `bench/out/page/<name>.js`, from
 * `bench/page/<entry>`. CSS the entry imports goes to `<name>.css`.
 * @param {string} name
 * @param {string} entry
 */
export async function buildPageBundle(name, entry) {
  await build({
    configFile: false,
    root: REPO_ROOT,
    publicDir: false,
    logLevel: 'warn',
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir: BUNDLE_DIR,
      emptyOutDir: false,
      minify: true,
      sourcemap: false,
      reportCompressedSize: false,
      lib: {
        entry: path.join(REPO_ROOT, 'bench', 'page', entry),
        name: `${name}Bench`,
        formats: ['iife'],
        fileName: () => `${name}.js`,
        cssFileName: name,
      },
    },
  });
}
