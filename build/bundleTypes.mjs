/*
 * Bundles the declarations that `tsc -p tsconfig.build.json` wrote to
 * dist/.declarations into one `.d.ts` per entry (shared types in
 * dist/chunks), then removes the per-file declarations. Bundled files
 * import only packages, never extensionless relative paths, so they
 * resolve under every TypeScript `moduleResolution` mode.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { rollup } from 'rollup';
import { dts } from 'rollup-plugin-dts';
import { ENTRIES, ROOT, isExternal } from './entries.mjs';

const declarations = path.join(ROOT, 'dist/.declarations');

const input = Object.fromEntries(
  ENTRIES.map((entry) => [
    entry.name,
    path.join(
      declarations,
      entry.source.replace(/^src\//, '').replace(/\.ts$/, '.d.ts'),
    ),
  ]),
);

// Components import their CSS for its side effect; tsc keeps those
// imports in declarations, and types have no use for them.
const EMPTY_STYLESHEET = '\0stylesheet.d.ts';
const dropStylesheets = {
  name: 'drop-stylesheets',
  resolveId: (source) => (source.endsWith('.css') ? EMPTY_STYLESHEET : null),
  load: (id) => (id === EMPTY_STYLESHEET ? 'export {};' : null),
};

const bundle = await rollup({
  input,
  external: isExternal,
  plugins: [dropStylesheets, dts()],
});

await bundle.write({
  dir: path.join(ROOT, 'dist'),
  format: 'es',
  entryFileNames: '[name].d.ts',
  // rollup-plugin-dts names chunks after a `.d.ts` file (`options.d`).
  chunkFileNames: (chunk) =>
    `chunks/${chunk.name.replace(/\.d$/, '')}-[hash].d.ts`,
});
await bundle.close();
await rm(declarations, { recursive: true, force: true });
