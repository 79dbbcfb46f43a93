import path from 'node:path';

/** Folder of the fidelity harness. */
export const HARNESS_DIR = import.meta.dirname;

/** Repository root. */
export const REPO_ROOT = path.resolve(HARNESS_DIR, '../..');

/** Generated files: bundles, recordings, screenshots, results. */
export const OUT_DIR = path.join(HARNESS_DIR, 'out');

/** The report the harness writes. */
export const REPORT_PATH = path.join(REPO_ROOT, 'FIDELITY.md');

/** Output folder of one app. */
export function appDir(app) {
  return path.join(OUT_DIR, app);
}
