import { EventType } from '@rrweb/types';
import type { DiagnosticTally } from './DiagnosticTally';
import { RecordingError } from './RecordingError';
import type { ReplayEvent } from './types';

/** A validated event and its index in the input events array. */
export interface IndexedEvent {
  event: ReplayEvent;
  index: number;
}

/** Events before the first snapshot that change the DOM, so are dropped. */
const NEEDS_DOM: ReadonlySet<number> = new Set([
  EventType.DomContentLoaded,
  EventType.Load,
  EventType.IncrementalSnapshot,
]);

/**
 * Makes the first full snapshot the start of the recording. `startTime` is
 * the timestamp of the Meta event right before the first FullSnapshot, or
 * of the FullSnapshot itself when no Meta precedes it.
 *
 * Events sorted before that start are dropped when they act on the DOM
 * (DomContentLoaded, Load, IncrementalSnapshot), since there is no page to
 * act on yet. The rest (Custom, Plugin, Meta and unknown types) are held:
 * kept with their timestamp moved to `startTime`, so console logs and tags
 * recorded early still show. Both are counted in `tally`.
 *
 * @param sorted events sorted by timestamp; not modified.
 */
export function alignToFirstSnapshot(
  sorted: readonly IndexedEvent[],
  tally: DiagnosticTally,
): { events: ReplayEvent[]; startTime: number } {
  const start = findStart(sorted);
  const startTime = sorted[start]?.event.timestamp ?? 0;
  const events: ReplayEvent[] = [];

  for (const [position, { event, index }] of sorted.entries()) {
    if (position >= start) {
      events.push(event);
    } else if (NEEDS_DOM.has(event.type)) {
      tally.note('event-before-snapshot', index);
    } else if (event.timestamp < startTime) {
      tally.note('held-before-snapshot', index);
      events.push({ ...event, timestamp: startTime });
    } else {
      events.push(event);
    }
  }
  return { events, startTime };
}

/** Position of the start event: the first FullSnapshot or its Meta. */
function findStart(sorted: readonly IndexedEvent[]): number {
  const snapshot = sorted.findIndex(
    ({ event }) => event.type === EventType.FullSnapshot,
  );
  if (snapshot === -1) {
    throw new RecordingError(
      'no-full-snapshot',
      'The recording has no FullSnapshot event (type 2), so there is ' +
        'nothing to replay. Record from page load, or keep the events ' +
        'from the first full snapshot on.',
    );
  }

  const previous = sorted[snapshot - 1];
  return previous?.event.type === EventType.Meta ? snapshot - 1 : snapshot;
}
