/*
 * Node module resolution hooks that resolve `react` and `react-dom` (and
 * their subpaths) from test/react18, so every importer, the package's own
 * build and its dependencies alike, gets the same React 18 copy.
 * Registered by useReact18.mjs with `node --import`.
 */
let parentURL;

export function initialize(data) {
  parentURL = data.parentURL;
}

const REACT_PACKAGE = /^react(-dom)?(\/|$)/;

export function resolve(specifier, context, nextResolve) {
  if (!REACT_PACKAGE.test(specifier)) return nextResolve(specifier, context);
  return nextResolve(specifier, { ...context, parentURL });
}
