import type { HeatmapKind, HeatmapRow, HeatmapStats } from '../types';
import type { SessionClick, SessionFacts } from './collectSession';
import type { ElementBox } from './ElementBox';

/** Quantization of the rows. */
export interface RowGrid {
  /** Page-coordinate cell size, CSS px. */
  cellSize: number;
  /** Step of element-relative positions, as a fraction of the box. */
  positionStep: number;
  /** Step of scroll depths and fold heights, CSS px. */
  depthStep: number;
}

/** Creates stats with every count at zero. */
export function emptyStats(): HeatmapStats {
  return {
    recordings: 0,
    rejected: 0,
    sessions: 0,
    clicks: 0,
    measured: 0,
    estimated: 0,
    fallbacks: { missingNode: 0, noSelector: 0, noBox: 0, unplaced: 0 },
    moves: 0,
  };
}

/**
 * Sums sessions into rows keyed by kind, page, bucket, selector, x and
 * y. Memory grows with the number of distinct cells, not of sessions.
 */
export class HeatmapAggregator {
  readonly stats: HeatmapStats = emptyStats();
  private readonly cells = new Map<string, HeatmapRow>();

  constructor(private readonly grid: RowGrid) {}

  /**
   * Adds one recording's facts. `boxes`, when given, contains the measured
   * target box of each click in `facts.clicks` order.
   */
  addSession(facts: SessionFacts, boxes?: readonly (ElementBox | undefined)[]) {
    const { cellSize, depthStep } = this.grid;
    this.stats.recordings += 1;
    this.stats.sessions += facts.visits.length;

    facts.clicks.forEach((click, i) => this.addClick(click, boxes, boxes?.[i]));
    for (const move of facts.moves) {
      this.stats.moves += 1;
      this.add(
        'move',
        move.page,
        move.bucket,
        '',
        snap(move.pageX, cellSize),
        snap(move.pageY, cellSize),
        1,
      );
    }
    for (const visit of facts.visits) {
      const depth = Math.floor(visit.maxDepth / depthStep) * depthStep;
      this.add('scroll', visit.page, visit.bucket, '', 0, depth, 1);
      this.add(
        'fold',
        visit.page,
        visit.bucket,
        '',
        0,
        snap(visit.fold, depthStep),
        1,
      );
    }
  }

  /** Adds rows produced elsewhere, for example by another worker. */
  addRows(rows: Iterable<HeatmapRow>): void {
    for (const row of rows) {
      this.add(
        row.kind,
        row.page,
        row.bucket,
        row.selector,
        row.x,
        row.y,
        row.count,
      );
    }
  }

  /** The rows so far, sorted by kind, page, bucket and count (largest first). */
  rows(): HeatmapRow[] {
    return [...this.cells.values()].sort(
      (a, b) =>
        compare(a.kind, b.kind) ||
        compare(a.page, b.page) ||
        compare(a.bucket, b.bucket) ||
        b.count - a.count ||
        compare(a.selector, b.selector) ||
        a.y - b.y ||
        a.x - b.x,
    );
  }

  private addClick(
    click: SessionClick,
    boxes: readonly unknown[] | undefined,
    box: ElementBox | undefined,
  ): void {
    this.stats.clicks += 1;
    const place = this.placeClick(click, boxes !== undefined, box);
    if (!place) return;

    const kinds: HeatmapKind[] = ['click'];
    if (click.rage) kinds.push('rage');
    if (click.dead) kinds.push('dead');
    for (const kind of kinds) {
      this.add(
        kind,
        click.page,
        click.bucket,
        place.selector,
        place.x,
        place.y,
        1,
      );
    }
  }

  /** Chooses the anchor of a click and counts how it was placed. */
  private placeClick(
    click: SessionClick,
    measuring: boolean,
    box: ElementBox | undefined,
  ) {
    const { stats, grid } = this;
    const { selector, pageX, pageY } = click;
    const positioned = pageX !== undefined && pageY !== undefined;

    if (
      selector !== undefined &&
      box &&
      box.width > 0 &&
      box.height > 0 &&
      positioned
    ) {
      stats.measured += 1;
      return {
        selector,
        x: snap(clamp01((pageX - box.left) / box.width), grid.positionStep),
        y: snap(clamp01((pageY - box.top) / box.height), grid.positionStep),
      };
    }
    // Without a measured box, or without a position to place in it, the
    // box centre is used, so the click still counts for its element.
    if (selector !== undefined && (!measuring || !positioned)) {
      stats.estimated += 1;
      return { selector, x: 0.5, y: 0.5 };
    }

    if (click.missing) stats.fallbacks.missingNode += 1;
    else if (selector === undefined) stats.fallbacks.noSelector += 1;
    else stats.fallbacks.noBox += 1;
    if (!positioned) {
      stats.fallbacks.unplaced += 1;
      return undefined;
    }
    return {
      selector: '',
      x: snap(pageX, grid.cellSize),
      y: snap(pageY, grid.cellSize),
    };
  }

  private add(
    kind: HeatmapKind,
    page: string,
    bucket: string,
    selector: string,
    x: number,
    y: number,
    count: number,
  ): void {
    const key = `${kind}\n${page}\n${bucket}\n${selector}\n${x}\n${y}`;
    const row = this.cells.get(key);
    if (row) row.count += count;
    else this.cells.set(key, { kind, page, bucket, selector, x, y, count });
  }
}

/** Rounds `value` to the nearest multiple of `step`, without float noise. */
function snap(value: number, step: number): number {
  const snapped = Math.round(value / step) * step;
  return Number(snapped.toFixed(6));
}

function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value));
}

function compare(a: string, b: string): number {
  if (a < b) return -1;
  if (a > b) return 1;
  return 0;
}
