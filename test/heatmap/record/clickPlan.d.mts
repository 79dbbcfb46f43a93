/** A planned click: target, position in its box, and repeats. */
export interface PlannedClick {
  selector: string;
  /** Fractions of the target box's width and height. */
  fx: number;
  fy: number;
  times: number;
  /** Idle time after the click, in ms. */
  waitMs?: number;
}

export const WIDTHS: readonly number[];
export const HEIGHT: number;
export const CLICKS: readonly PlannedClick[];
export function recordingName(width: number): string;
