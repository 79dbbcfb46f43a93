import type { Click, ClickTarget } from './clicks';
import { formatDuration } from './formatDuration';
import type { Resolved } from './Resolved';

/** When a burst of clicks counts as a rage click. */
export interface RageClickOptions {
  /** Minimum number of clicks in a burst. @default 3 */
  minClicks?: number | undefined;
  /** Maximum time between a click and the previous one, in ms.
   * @default 1000 */
  maxInterval?: number | undefined;
  /** Maximum distance from a click to the previous one, in CSS px.
   * @default 30 */
  maxDistance?: number | undefined;
}

/** `RageClickOptions` with every default applied. */
export type RageClickThresholds = Resolved<RageClickOptions>;

/** One click of a burst, measured against the click before it. */
export interface RageClickStep {
  clickId: string;
  time: number;
  x: number | undefined;
  y: number | undefined;
  /** ms since the previous click of the burst; 0 for the first. */
  interval: number;
  /** px from the previous click; undefined for the first, or when a
   * position is missing (then the two clicks shared a target). */
  distance: number | undefined;
}

/** A burst of rapid clicks in one spot: a sign of frustration. */
export interface RageClick {
  /** `rage-click-<eventIndex of the first click>`. */
  id: string;
  /** Playback time of the first and the last click, in ms. */
  time: number;
  endTime: number;
  count: number;
  /** Target of the last click. */
  target: ClickTarget;
  reason: {
    clicks: RageClickStep[];
    thresholds: RageClickThresholds;
    message: string;
  };
}

/** Applies defaults field by field: an explicit `undefined` keeps one. */
export function resolveRageClickOptions(
  options: RageClickOptions = {},
): RageClickThresholds {
  return {
    minClicks: options.minClicks ?? 3,
    maxInterval: options.maxInterval ?? 1000,
    maxDistance: options.maxDistance ?? 30,
  };
}

/**
 * Finds bursts of `minClicks` or more clicks where each click comes at
 * most `maxInterval` ms after, and lands at most `maxDistance` px from,
 * the previous one (both limits inclusive). Clicks without a position
 * are near each other only when they share a target. `clicks` must be in
 * time order, as `findClicks` returns them.
 */
export function findRageClicks(
  clicks: readonly Click[],
  options?: RageClickOptions,
): RageClick[] {
  const thresholds = resolveRageClickOptions(options);
  const found: RageClick[] = [];
  let burst: RageClickStep[] = [];
  let last: Click | undefined;

  for (const click of clicks) {
    const step = last ? measure(last, click) : undefined;
    if (step && withinLimits(step, last, click, thresholds)) {
      burst.push(step);
    } else {
      if (burst.length >= thresholds.minClicks && last) {
        found.push(toRageClick(burst, last.target, thresholds));
      }
      burst = [measure(click, click)];
    }
    last = click;
  }
  if (burst.length >= thresholds.minClicks && last) {
    found.push(toRageClick(burst, last.target, thresholds));
  }
  return found;
}

function measure(previous: Click, click: Click): RageClickStep {
  const hasPositions =
    previous !== click &&
    [previous.x, previous.y, click.x, click.y].every((v) => v !== undefined);
  const distance = hasPositions
    ? Math.hypot(
        (click.x ?? 0) - (previous.x ?? 0),
        (click.y ?? 0) - (previous.y ?? 0),
      )
    : undefined;

  return {
    clickId: click.id,
    time: click.time,
    x: click.x,
    y: click.y,
    interval: click.time - previous.time,
    distance,
  };
}

function withinLimits(
  step: RageClickStep,
  previous: Click | undefined,
  click: Click,
  thresholds: RageClickThresholds,
): boolean {
  if (step.interval > thresholds.maxInterval) return false;
  if (step.distance === undefined) {
    return previous?.target.id === click.target.id;
  }
  return step.distance <= thresholds.maxDistance;
}

function toRageClick(
  steps: RageClickStep[],
  target: ClickTarget,
  thresholds: RageClickThresholds,
): RageClick {
  const first = steps[0];
  const lastStep = steps[steps.length - 1];
  const time = first?.time ?? 0;
  const endTime = lastStep?.time ?? time;
  const message =
    `${steps.length} clicks on ${target.description} in ` +
    `${formatDuration(endTime - time)}, each within ` +
    `${thresholds.maxInterval} ms and ${thresholds.maxDistance} px of ` +
    'the previous one.';

  return {
    id: `rage-${first?.clickId ?? 'click'}`,
    time,
    endTime,
    count: steps.length,
    target,
    reason: { clicks: steps, thresholds, message },
  };
}
