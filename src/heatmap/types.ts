/**
 * What a heatmap row counts: clicks, rage and dead clicks (subsets of
 * clicks), pointer movement samples, the deepest point a session's
 * viewport reached (`scroll`) and the viewport height (`fold`).
 */
export type HeatmapKind =
  'click' | 'rage' | 'dead' | 'move' | 'scroll' | 'fold';

export const HEATMAP_KINDS: readonly HeatmapKind[] = [
  'click',
  'rage',
  'dead',
  'move',
  'scroll',
  'fold',
];

/**
 * One aggregated cell, the unit an external store can also produce (see
 * docs/heatmap-rows.md). Rows with the same kind, page, bucket, selector,
 * x and y are added up by summing `count`.
 */
export interface HeatmapRow {
  kind: HeatmapKind;
  /** Page URL after normalization. */
  page: string;
  /** Viewport width bucket label, for example `768-1023`. */
  bucket: string;
  /**
   * Selector path of the element the point is anchored to, or `''` for a
   * point in page coordinates.
   */
  selector: string;
  /**
   * With a selector: the position inside the element's box as a fraction
   * of its width and height (0 to 1, quantized). Without one: page
   * coordinates in CSS px (quantized to the cell size); for `scroll` and
   * `fold` rows `x` is 0 and `y` is a depth in CSS px from the page top.
   */
  x: number;
  y: number;
  /** Clicks, samples or sessions in this cell. */
  count: number;
}

/** Why clicks were placed in page coordinates instead of on an element. */
export interface FallbackCounts {
  /** The clicked node was not in the recorded DOM at that time. */
  missingNode: number;
  /** The node was found but no selector path could be built for it. */
  noSelector: number;
  /** A box measurer was given but the element had no box (hidden). */
  noBox: number;
  /**
   * Neither a selector nor a position: the click is counted in `clicks`
   * but has no row.
   */
  unplaced: number;
}

/** Counts that explain the rows. */
export interface HeatmapStats {
  /** Recordings aggregated (not counting rejected ones). */
  recordings: number;
  /** Recordings that failed to parse; they contribute nothing. */
  rejected: number;
  /** Page visits: one per recording and page (Meta href). */
  sessions: number;
  clicks: number;
  /** Clicks anchored to an element with a measured box. */
  measured: number;
  /**
   * Clicks anchored to an element whose box was not measured (no box
   * measurer, as in a worker): the position is the box centre.
   */
  estimated: number;
  /** Clicks placed in page coordinates, by reason. */
  fallbacks: FallbackCounts;
  moves: number;
}

/** Rows plus the counts behind them. */
export interface HeatmapData {
  rows: HeatmapRow[];
  stats: HeatmapStats;
  /** One message per recording that was rejected, with its position. */
  errors: string[];
}
