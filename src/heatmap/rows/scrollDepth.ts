import type { HeatmapRow } from '../types';

/** Share of sessions that reached a depth. */
export interface DepthShare {
  /** CSS px from the page top. */
  depth: number;
  /** Sessions whose viewport bottom reached `depth`, 0 to 1. */
  share: number;
}

/** How far sessions of one page and bucket scrolled. */
export interface ScrollDepth {
  sessions: number;
  /** From depth 0 down to the deepest row, every `step` px. */
  shares: DepthShare[];
  /** Mean viewport height when sessions began, CSS px; 0 without rows. */
  averageFold: number;
}

/**
 * Computes reach per depth from `scroll` rows (one count per session at
 * its deepest viewport bottom) and the mean fold from `fold` rows. Other
 * kinds are ignored. `step` should be the aggregation's depth step.
 */
export function scrollDepth(
  rows: readonly HeatmapRow[],
  step = 50,
): ScrollDepth {
  const deepest = rows.filter((row) => row.kind === 'scroll');
  const folds = rows.filter((row) => row.kind === 'fold');
  const sessions = deepest.reduce((sum, row) => sum + row.count, 0);
  const foldSessions = folds.reduce((sum, row) => sum + row.count, 0);
  const averageFold =
    foldSessions > 0
      ? folds.reduce((sum, row) => sum + row.y * row.count, 0) / foldSessions
      : 0;

  const maxDepth = deepest.reduce((max, row) => Math.max(max, row.y), 0);
  const shares: DepthShare[] = [];
  for (let depth = 0; depth <= maxDepth; depth += step) {
    const reached = deepest.reduce(
      (sum, row) => sum + (row.y >= depth ? row.count : 0),
      0,
    );
    shares.push({ depth, share: sessions > 0 ? reached / sessions : 0 });
  }
  return { sessions, shares, averageFold };
}
