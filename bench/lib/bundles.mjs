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
          entry: path.join(REPO_ROOT, 'bench', 'page', `${player}Entry.ts`),
          name: `${player}Bench`,
          formats: ['iife'],
          fileName: () => `${player}.js`,
          cssFileName: player,
        },
      },
    });
  }
}
