/*
 * The library's entry points, read from package.json's `exports` so that
 * the build, the type bundle, the SSR check and the example app all
 * follow one list. A subpath `./name` is built from `src/name/index.ts`
 * into `dist/name.js` and `dist/name.d.ts`; `.` is built from
 * `src/index.ts` into `dist/index.js`. Subpaths whose target is not an
 * object (the stylesheet, package.json) are files, not entries.
 *
 * Adding an entry is one line in `exports`. For src/heatmap/index.ts:
 *   "./heatmap": { "types": "./dist/heatmap.d.ts", "default": "./dist/heatmap.js" }
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

const manifest = JSON.parse(
  readFileSync(path.join(ROOT, 'package.json'), 'utf8'),
);

/** The package's name, for imports that resolve through `exports`. */
export const PACKAGE_NAME = manifest.name;

/**
 * @typedef {object} LibraryEntry
 * @property {string} name output name without extension, e.g. `engine`
 * @property {string} subpath the `exports` key, e.g. `./engine`
 * @property {string} specifier what an embedder imports, e.g. `reprise/engine`
 * @property {string} source source file relative to the root
 * @property {string} js built module relative to the root
 * @property {string} types bundled declarations relative to the root
 */

/** @returns {LibraryEntry} */
function toEntry(subpath, target) {
  const name = subpath === '.' ? 'index' : subpath.slice(2);
  const source = name === 'index' ? 'src/index.ts' : `src/${name}/index.ts`;
  const js = `./dist/${name}.js`;
  const types = `./dist/${name}.d.ts`;

  if (target.default !== js || target.types !== types) {
    throw new Error(
      `package.json exports["${subpath}"] must be ` +
        `{ "types": "${types}", "default": "${js}" }, ` +
        `got ${JSON.stringify(target)}.`,
    );
  }

  return {
    name,
    subpath,
    specifier: subpath === '.' ? PACKAGE_NAME : `${PACKAGE_NAME}/${name}`,
    source,
    js: js.slice(2),
    types: types.slice(2),
  };
}

/** Every JavaScript entry point, in the order package.json lists them. */
export const ENTRIES = Object.entries(manifest.exports)
  .filter(([, target]) => typeof target === 'object' && target !== null)
  .map(([subpath, target]) => toEntry(subpath, target));

/** The one stylesheet, built from the CSS that the components import. */
export const STYLESHEET = 'dist/style.css';

/**
 * Bare module names that stay imports in the build: every dependency and
 * peer dependency, with their subpaths (`react/jsx-runtime`).
 */
export const EXTERNAL_PACKAGES = [
  ...Object.keys(manifest.dependencies ?? {}),
  ...Object.keys(manifest.peerDependencies ?? {}),
];

/** Whether a module id belongs to an external package. */
export function isExternal(id) {
  return EXTERNAL_PACKAGES.some(
    (name) => id === name || id.startsWith(`${name}/`),
  );
}
