import type { Recording } from '../events/types';
import { createClickCollector } from './clicks';
import type { Click, ClickOptions } from './clicks';
import { createConsoleCollector } from './consoleEntries';
import type { ConsoleEntry } from './consoleEntries';
import { formatDuration } from './formatDuration';
import { createNetworkCollector } from './networkRequests';
import type { NetworkEntry } from './networkRequests';
import { truncate } from './visibleText';
import { walkRecording } from './walkRecording';
import type { Resolved } from './Resolved';

/** When an error counts as caused by a click. */
export interface ErrorClickOptions {
  /** How long after a click an error still counts, in ms (inclusive).
   * @default 2000 */
  window?: number | undefined;
  /** Maximum number of errors listed per click. @default 10 */
  maxErrors?: number | undefined;
}

/** A console error or a failed request, as a click's consequence. */
export interface ErrorSignal {
  /** Id of the console or network entry, usable in a deep link. */
  id: string;
  kind: 'console' | 'network';
  eventIndex: number;
  time: number;
  message: string;
}

/** A click followed closely by an error. */
export interface ErrorClick {
  /** `error-<click id>`, for example `error-click-42`. */
  id: string;
  time: number;
  click: Click;
  /** Errors in the window, earliest first, at most `maxErrors`. */
  errors: ErrorSignal[];
  reason: {
    window: number;
    /** ms from the click to the first error. */
    delay: number;
    message: string;
  };
}

/** Applies defaults field by field: an explicit `undefined` keeps one. */
export function resolveErrorClickOptions(
  options: ErrorClickOptions = {},
): Resolved<ErrorClickOptions> {
  return { window: options.window ?? 2000, maxErrors: options.maxErrors ?? 10 };
}

/**
 * Errors in event order: console `error`/`assert` entries and failed
 * requests. A request counts when its plugin event was recorded, which
 * is after it ended; its own start and end are on the page's clock.
 */
export function errorSignals(
  consoleEntries: readonly ConsoleEntry[],
  network: readonly NetworkEntry[],
): ErrorSignal[] {
  const signals: ErrorSignal[] = [
    ...consoleEntries.filter((entry) => entry.isError).map(fromConsole),
    ...network.filter((entry) => entry.failed).map(fromNetwork),
  ];
  return signals.sort((a, b) => a.eventIndex - b.eventIndex);
}

/**
 * Flags clicks followed, at most `window` ms later, by an error recorded
 * after the click event. Both lists must be in event order.
 */
export function detectErrorClicks(
  clicks: readonly Click[],
  errors: readonly ErrorSignal[],
  options?: ErrorClickOptions,
): ErrorClick[] {
  const { window, maxErrors } = resolveErrorClickOptions(options);
  const found: ErrorClick[] = [];
  let next = 0;

  for (const click of clicks) {
    while ((errors[next]?.eventIndex ?? Infinity) <= click.eventIndex) {
      next += 1;
    }
    const inWindow: ErrorSignal[] = [];
    for (let i = next; inWindow.length < maxErrors; i++) {
      const error = errors[i];
      if (!error || error.time - click.time > window) break;
      inWindow.push(error);
    }
    const first = inWindow[0];
    const beyond = errors[next + inWindow.length];
    const more = !!beyond && beyond.time - click.time <= window;
    if (first) found.push(toErrorClick(click, inWindow, first, window, more));
  }
  return found;
}

/** Error clicks in `recording`: a convenience over one walk. */
export function findErrorClicks(
  recording: Recording,
  options?: ErrorClickOptions & { describe?: ClickOptions },
): ErrorClick[] {
  const clicks = createClickCollector(options?.describe);
  const consoleEntries = createConsoleCollector();
  const network = createNetworkCollector();
  walkRecording(recording, [clicks, consoleEntries, network]);

  const errors = errorSignals(
    consoleEntries.finish().entries,
    network.finish().requests,
  );
  return detectErrorClicks(clicks.finish(), errors, options);
}

function toErrorClick(
  click: Click,
  errors: ErrorSignal[],
  first: ErrorSignal,
  window: number,
  truncated: boolean,
): ErrorClick {
  const delay = first.time - click.time;
  const count = `${errors.length}${truncated ? ' or more' : ''}`;
  const more = errors.length > 1 ? ` (${count} errors in all)` : '';
  const message =
    `${first.message} ${formatDuration(delay)} after the click on ` +
    `${click.target.description}${more}.`;

  return {
    id: `error-${click.id}`,
    time: click.time,
    click,
    errors,
    reason: { window, delay, message },
  };
}

function fromConsole(entry: ConsoleEntry): ErrorSignal {
  const text = truncate(entry.message, 120) || '(no message)';
  return {
    id: entry.id,
    kind: 'console',
    eventIndex: entry.eventIndex,
    time: entry.time,
    message: `Console ${entry.level} "${text}"`,
  };
}

function fromNetwork(entry: NetworkEntry): ErrorSignal {
  const url = truncate(entry.url, 120);
  return {
    id: entry.id,
    kind: 'network',
    eventIndex: entry.eventIndex,
    time: entry.time,
    message: `${entry.method} ${url} failed (${entry.failure ?? 'error'})`,
  };
}
