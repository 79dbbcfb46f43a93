import type { HeatmapRow } from '../types';

/** An element and how often it was hit. */
export interface ElementCount {
  selector: string;
  count: number;
  /** Share of all counted points, element-anchored or not, 0 to 1. */
  share: number;
}

/**
 * Adds up element-anchored rows per selector and returns the `limit`
 * busiest, largest first. Page-coordinate rows count towards the total
 * that `share` divides by.
 */
export function topElements(
  rows: readonly HeatmapRow[],
  limit = 10,
): ElementCount[] {
  const counts = new Map<string, number>();
  let total = 0;
  for (const row of rows) {
    total += row.count;
    if (row.selector === '') continue;
    counts.set(row.selector, (counts.get(row.selector) ?? 0) + row.count);
  }
  return [...counts]
    .map(([selector, count]) => ({
      selector,
      count,
      share: total > 0 ? count / total : 0,
    }))
    .sort((a, b) => b.count - a.count || (a.selector < b.selector ? -1 : 1))
    .slice(0, Math.max(0, limit));
}
