/**
 * An exponentially weighted average: each new sample counts for a fifth,
 * so the value follows changes without jumping on one outlier.
 */
export class RunningAverage {
  private current: number;

  /** @param initial the value before any sample */
  constructor(initial: number) {
    this.current = initial;
  }

  get value(): number {
    return this.current;
  }

  add(sample: number): void {
    this.current += (sample - this.current) / 5;
  }
}
