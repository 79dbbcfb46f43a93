/** How density maps to colour. */
export type ScaleKind = 'linear' | 'log' | 'percentile';

/** Density to scale position (0 to 1), and back for the legend. */
export interface ValueScale {
  kind: ScaleKind;
  /** The density mapped to 1. */
  max: number;
  toPosition(value: number): number;
  /** Density at scale position `t`. */
  toValue(t: number): number;
}

/** Histogram bins of the percentile scale. */
const BINS = 1024;

/**
 * Builds the scale for `values` (a density grid). `max` caps it (values
 * above map to 1); 'auto' uses the largest value. The percentile scale
 * maps a value to the share of non-zero cells at or below it, from a
 * 1,024-bin histogram, so it costs one pass over the grid.
 */
export function createValueScale(
  kind: ScaleKind,
  values: Float32Array,
  max: number | 'auto' = 'auto',
): ValueScale {
  const top = max === 'auto' ? largest(values) : max;
  if (!(top > 0) || !Number.isFinite(top)) {
    return { kind, max: 0, toPosition: () => 0, toValue: () => 0 };
  }
  if (kind === 'linear') {
    return {
      kind,
      max: top,
      toPosition: (v) => Math.min(1, v / top),
      toValue: (t) => t * top,
    };
  }
  if (kind === 'log') {
    const logTop = Math.log1p(top);
    return {
      kind,
      max: top,
      toPosition: (v) => Math.min(1, Math.log1p(Math.max(0, v)) / logTop),
      toValue: (t) => Math.expm1(t * logTop),
    };
  }
  if (kind === 'percentile') return percentileScale(values, top);
  throw new RangeError(
    `Unknown heatmap scale ${JSON.stringify(kind)}; expected linear, log or percentile.`,
  );
}

function percentileScale(values: Float32Array, top: number): ValueScale {
  const counts = new Float64Array(BINS);
  let nonZero = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v <= 0) continue;
    nonZero += 1;
    counts[Math.min(BINS - 1, Math.floor((v / top) * BINS))]! += 1;
  }
  const cumulative = new Float64Array(BINS);
  let sum = 0;
  for (let bin = 0; bin < BINS; bin++) {
    sum += counts[bin]!;
    cumulative[bin] = nonZero > 0 ? sum / nonZero : 0;
  }
  return {
    kind: 'percentile',
    max: top,
    toPosition: (v) => {
      if (v <= 0) return 0;
      return cumulative[Math.min(BINS - 1, Math.floor((v / top) * BINS))]!;
    },
    toValue: (t) => {
      for (let bin = 0; bin < BINS; bin++) {
        if (cumulative[bin]! >= t) return ((bin + 1) / BINS) * top;
      }
      return top;
    },
  };
}

function largest(values: Float32Array): number {
  let max = 0;
  for (let i = 0; i < values.length; i++) {
    if (values[i]! > max) max = values[i]!;
  }
  return max;
}
