import type { Recording } from '../events/types';
import { createClickCollector } from './clicks';
import type { Click, ClickOptions } from './clicks';
import { formatDuration } from './formatDuration';
import { createResponseCollector } from './pageResponses';
import type { PageResponse, ResponseKind } from './pageResponses';
import { walkRecording } from './walkRecording';
import type { Resolved } from './Resolved';

/** When a click counts as dead. */
export interface DeadClickOptions {
  /** How long after a click the page has to respond, in ms (inclusive).
   * @default 2500 */
  window?: number | undefined;
}

/** A click with no visible reaction from the page. */
export interface DeadClick {
  /** `dead-<click id>`, for example `dead-click-42`. */
  id: string;
  time: number;
  click: Click;
  reason: {
    /** The window used, in ms. */
    window: number;
    /** Response kinds checked for, none of which happened. */
    checked: ResponseKind[];
    /** ms from the click to the first later response, if any. */
    nextResponseAfter: number | undefined;
    message: string;
  };
}

const CHECKED: ResponseKind[] = [
  'dom-change',
  'scroll',
  'navigation',
  'input',
  'media',
];

/** Applies defaults field by field: an explicit `undefined` keeps one. */
export function resolveDeadClickOptions(
  options: DeadClickOptions = {},
): Resolved<DeadClickOptions> {
  return { window: options.window ?? 2500 };
}

/**
 * Flags clicks on elements that do not take input (see `ClickTarget`)
 * and do not open another tab, that are followed by no DOM or style
 * change, scroll, navigation, input or media change within `window` ms.
 * A click whose window runs past the end of the recording is not judged.
 * `clicks` and `responses` must be in event order.
 */
export function detectDeadClicks(
  clicks: readonly Click[],
  responses: readonly PageResponse[],
  duration: number,
  options?: DeadClickOptions,
): DeadClick[] {
  const { window } = resolveDeadClickOptions(options);
  const dead: DeadClick[] = [];
  let next = 0;

  for (const click of clicks) {
    while ((responses[next]?.eventIndex ?? Infinity) <= click.eventIndex) {
      next += 1;
    }
    if (click.target.acceptsInput || click.target.leavesPage) continue;

    const after = responses[next];
    const delay = after ? after.time - click.time : undefined;
    if (delay !== undefined && delay <= window) continue;
    if (delay === undefined && click.time + window > duration) continue;

    dead.push(toDeadClick(click, window, delay));
  }
  return dead;
}

/** Dead clicks in `recording`: a convenience over one walk. */
export function findDeadClicks(
  recording: Recording,
  options?: DeadClickOptions & { describe?: ClickOptions },
): DeadClick[] {
  const clicks = createClickCollector(options?.describe);
  const responses = createResponseCollector();
  walkRecording(recording, [clicks, responses]);

  return detectDeadClicks(
    clicks.finish(),
    responses.finish(),
    recording.duration,
    options,
  );
}

function toDeadClick(
  click: Click,
  window: number,
  delay: number | undefined,
): DeadClick {
  const later =
    delay === undefined
      ? ''
      : ` The page next changed ${formatDuration(delay)} after the click.`;
  const message =
    `No DOM change, scroll, navigation, input or media change within ` +
    `${window} ms of the click on ${click.target.description}.${later}`;

  return {
    id: `dead-${click.id}`,
    time: click.time,
    click,
    reason: {
      window,
      checked: [...CHECKED],
      nextResponseAfter: delay,
      message,
    },
  };
}
