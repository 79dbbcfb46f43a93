/** Default viewport width breakpoints in CSS px: phone, tablet, laptop, desktop. */
export const DEFAULT_BREAKPOINTS: readonly number[] = [768, 1024, 1440];

/**
 * Checks and sorts breakpoints: each must be a positive finite number.
 * @throws RangeError naming the first invalid value.
 */
export function checkBreakpoints(breakpoints: readonly number[]): number[] {
  for (const value of breakpoints) {
    if (!Number.isFinite(value) || value <= 0) {
      throw new RangeError(
        `Invalid heatmap breakpoint ${String(value)}: breakpoints must be ` +
          'positive widths in CSS px.',
      );
    }
  }
  return [...new Set(breakpoints)].sort((a, b) => a - b);
}

/**
 * Returns the label of the bucket `width` falls in: `0-767`, `768-1023`,
 * ... and `1440+` for the last. `breakpoints` must be sorted.
 */
export function widthBucket(width: number, breakpoints: readonly number[]) {
  let lower = 0;
  for (const upper of breakpoints) {
    if (width < upper) return `${lower}-${upper - 1}`;
    lower = upper;
  }
  return `${lower}+`;
}

/** Lists every bucket label for `breakpoints`, narrowest first. */
export function bucketLabels(breakpoints: readonly number[]): string[] {
  const sorted = checkBreakpoints(breakpoints);
  return [0, ...sorted].map((width) => widthBucket(width, sorted));
}
