/** Points to bin: parallel arrays of page or frame coordinates in CSS px. */
export interface PointSet {
  xs: ArrayLike<number>;
  ys: ArrayLike<number>;
  /** Weight of each point. @default 1 each */
  weights?: ArrayLike<number> | undefined;
}

/**
 * A grid of weighted point counts over a `width` x `height` CSS px area,
 * in square cells of `cellSize` px. Binning costs one pass over the
 * points; blurring costs a few passes over the cells, whatever the number
 * of points, which is what makes a million points cheap.
 */
export class DensityGrid {
  readonly columns: number;
  readonly rows: number;
  /** Raw weight per cell, row-major. */
  readonly counts: Float32Array;
  private areaSums: Float64Array | null = null;

  constructor(
    readonly width: number,
    readonly height: number,
    readonly cellSize: number,
  ) {
    if (!(width > 0 && height > 0 && cellSize > 0)) {
      throw new RangeError(
        `Invalid density grid ${width}x${height} with cell ${cellSize}: ` +
          'all must be positive.',
      );
    }
    this.columns = Math.ceil(width / cellSize);
    this.rows = Math.ceil(height / cellSize);
    this.counts = new Float32Array(this.columns * this.rows);
  }

  /**
   * Adds points; those outside the area are skipped and counted. The
   * grid's top-left corner is at (`originX`, `originY`) in the points'
   * coordinates, so a scrolled view bins page coordinates directly.
   */
  add(
    points: PointSet,
    originX = 0,
    originY = 0,
  ): { added: number; outside: number } {
    const { xs, ys, weights } = points;
    const { columns, rows, counts } = this;
    const scale = 1 / this.cellSize;
    let outside = 0;

    for (let i = 0; i < xs.length; i++) {
      const column = Math.floor((xs[i]! - originX) * scale);
      const row = Math.floor((ys[i]! - originY) * scale);
      if (column < 0 || row < 0 || column >= columns || row >= rows) {
        outside += 1;
        continue;
      }
      counts[row * columns + column]! += weights ? weights[i]! : 1;
    }
    this.areaSums = null;
    return { added: xs.length - outside, outside };
  }

  /**
   * Returns the blurred density: each point spread over `radius` px. The
   * kernel is a flat core of `(1 - blur) * radius` followed by three box
   * passes that approximate a Gaussian over the rest (`blur` is 0 to 1).
   */
  blur(radius: number, blur: number): Float32Array {
    const soft = Math.max(0, Math.min(1, blur));
    const core = Math.round((radius * (1 - soft)) / this.cellSize);
    const pass = Math.round((radius * soft) / 3 / this.cellSize);
    const values = Float32Array.from(this.counts);
    const scratch = new Float32Array(values.length);

    for (const half of [core, pass, pass, pass]) {
      if (half < 1) continue;
      boxBlur(values, scratch, this.columns, this.rows, half, 1, this.columns);
      boxBlur(scratch, values, this.rows, this.columns, half, this.columns, 1);
    }
    return values;
  }

  /**
   * Sums the raw weights in the square of half-size `radius` px around
   * (`x`, `y`), in O(1) through a summed-area table built on first use.
   */
  sumNear(x: number, y: number, radius: number): number {
    const sums = (this.areaSums ??= this.buildAreaSums());
    const { columns, rows, cellSize } = this;
    const stride = columns + 1;
    const left = clamp(Math.floor((x - radius) / cellSize), 0, columns);
    const right = clamp(Math.floor((x + radius) / cellSize) + 1, 0, columns);
    const top = clamp(Math.floor((y - radius) / cellSize), 0, rows);
    const bottom = clamp(Math.floor((y + radius) / cellSize) + 1, 0, rows);
    return (
      sums[bottom * stride + right]! -
      sums[top * stride + right]! -
      sums[bottom * stride + left]! +
      sums[top * stride + left]!
    );
  }

  /**
   * Returns the largest raw weight in any square of half-size `radius` px
   * centred on a cell's centre: the most points such a square holds.
   */
  maxNear(radius: number): number {
    const half = this.cellSize / 2;
    let max = 0;
    for (let row = 0; row < this.rows; row++) {
      for (let column = 0; column < this.columns; column++) {
        const sum = this.sumNear(
          column * this.cellSize + half,
          row * this.cellSize + half,
          radius,
        );
        if (sum > max) max = sum;
      }
    }
    return max;
  }

  private buildAreaSums(): Float64Array {
    const { columns, rows, counts } = this;
    const stride = columns + 1;
    const sums = new Float64Array(stride * (rows + 1));
    for (let row = 0; row < rows; row++) {
      let line = 0;
      for (let column = 0; column < columns; column++) {
        line += counts[row * columns + column]!;
        sums[(row + 1) * stride + column + 1] =
          sums[row * stride + column + 1]! + line;
      }
    }
    return sums;
  }
}

/**
 * One box-blur pass along lines of a grid: each output cell is the mean
 * of the `2 * half + 1` input cells around it along the line, with zeros
 * outside. `step` moves along a line and `next` to the following line.
 */
function boxBlur(
  source: Float32Array,
  target: Float32Array,
  length: number,
  lines: number,
  half: number,
  step: number,
  next: number,
): void {
  const scale = 1 / (2 * half + 1);
  for (let line = 0; line < lines; line++) {
    const start = line * next;
    let sum = 0;
    for (let i = 0; i < Math.min(half, length); i++)
      sum += source[start + i * step]!;
    for (let i = 0; i < length; i++) {
      const enter = i + half;
      const leave = i - half - 1;
      if (enter < length) sum += source[start + enter * step]!;
      if (leave >= 0) sum -= source[start + leave * step]!;
      target[start + i * step] = sum * scale;
    }
  }
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}
