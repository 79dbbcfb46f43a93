import path from 'node:path';
import { build, runnerImport } from 'vite';
import { OUT_DIR, REPO_ROOT } from './paths.mjs';

/** Browser entries, bundled as IIFE scripts into `out/bundles/`. */
const ENTRIES = {
  record: 'browser/recordEntry.ts',
  replay: 'browser/replayEntry.ts',
};

/**
 * Bundles the browser code (rrweb's recorder, Reprise's engine, rrweb's
 * Replayer and the document describer) with Vite's JS API. rrweb's
 * package exports hide its UMD file, so it is bundled from source like the
 * rest. Returns the absolute path of each bundle.
 */
export async function bundleBrowserCode() {
  const outDir = path.join(OUT_DIR, 'bundles');
  const paths = {};

  for (const [name, entry] of Object.entries(ENTRIES)) {
    await build({
      configFile: false,
      root: REPO_ROOT,
      logLevel: 'warn',
      publicDir: false,
      build: {
        outDir,
        emptyOutDir: false,
        minify: false,
        sourcemap: false,
        lib: {
          entry: path.join(import.meta.dirname, entry),
          name: `fidelity_${name}`,
          formats: ['iife'],
          fileName: () => `${name}.js`,
        },
      },
    });
    paths[name] = path.join(outDir, `${name}.js`);
  }
  return paths;
}

/**
 * Loads the shared Chromium launch options from the repository's
 * `chromium.ts`, which name Debian's Chromium so nothing is downloaded.
 * Node 20 cannot import TypeScript, so Vite's module runner loads it.
 */
export async function loadLaunchOptions() {
  const file = path.join(REPO_ROOT, 'chromium.ts');
  const { module } = await runnerImport(file);
  return module.chromiumLaunchOptions;
}
