import type { HeatmapKind, HeatmapRow } from '../types';

/** Which rows a view shows. Unset fields match everything. */
export interface RowFilter {
  kind?: HeatmapKind | undefined;
  page?: string | undefined;
  bucket?: string | undefined;
}

/** Returns the rows matching every set field of `filter`. */
export function selectRows(
  rows: readonly HeatmapRow[],
  filter: RowFilter,
): HeatmapRow[] {
  return rows.filter(
    (row) =>
      (filter.kind === undefined || row.kind === filter.kind) &&
      (filter.page === undefined || row.page === filter.page) &&
      (filter.bucket === undefined || row.bucket === filter.bucket),
  );
}

/** Distinct pages with their click and session totals, busiest first. */
export function listPages(rows: readonly HeatmapRow[]) {
  const pages = new Map<
    string,
    { page: string; clicks: number; sessions: number }
  >();
  for (const row of rows) {
    const entry = pages.get(row.page) ?? {
      page: row.page,
      clicks: 0,
      sessions: 0,
    };
    if (row.kind === 'click') entry.clicks += row.count;
    if (row.kind === 'fold') entry.sessions += row.count;
    pages.set(row.page, entry);
  }
  return [...pages.values()].sort(
    (a, b) => b.sessions - a.sessions || b.clicks - a.clicks,
  );
}
