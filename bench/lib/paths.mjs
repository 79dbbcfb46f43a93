import { fileURLToPath } from 'node:url';

/** `bench/out/`: generated recordings, bundles and results (git-ignored). */
export const OUT_DIR = fileURLToPath(new URL('../out/', import.meta.url));

/** Repository root. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
