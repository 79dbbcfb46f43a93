import { alignToFirstSnapshot } from './alignToFirstSnapshot';
import type { IndexedEvent } from './alignToFirstSnapshot';
import { DiagnosticTally } from './DiagnosticTally';
import { readEventList } from './readEventList';
import { RecordingError } from './RecordingError';
import type { Recording, RecordingInput } from './types';
import { unpackEvent } from './unpackEvent';
import { validateEvent } from './validateEvent';

/**
 * Reads a recording in any accepted form (see `RecordingInput`), checks
 * every event, and returns the events sorted by time from the first full
 * snapshot on.
 *
 * Throws a `RecordingError` when the recording cannot be replayed at all.
 * Problems replay survives (unknown event types, out-of-order timestamps,
 * events before the first snapshot) end up in `diagnostics`, one per
 * kind of problem.
 *
 * The input is never modified. Returned events are the input objects,
 * except new copies where a packer mark was removed or a timestamp moved.
 */
export function parseRecording(input: RecordingInput): Recording {
  const items = readEventList(input);
  if (items.length === 0) {
    throw new RecordingError(
      'empty-recording',
      'The recording has no events. Check that the recorder ran and that ' +
        'its events were saved.',
    );
  }

  const tally = new DiagnosticTally();
  const indexed = items.map((item, index): IndexedEvent => ({
    event: validateEvent(unpackEvent(item, index), index, tally),
    index,
  }));
  moveTimestampSpikes(indexed, tally);
  const sorted = sortByTimestamp(indexed, tally);
  const { events, startTime } = alignToFirstSnapshot(sorted, tally);
  const endTime = events.at(-1)?.timestamp ?? startTime;

  return {
    events,
    startTime,
    endTime,
    duration: endTime - startTime,
    diagnostics: tally.toDiagnostics(),
  };
}

/**
 * Gap in ms that a single event's timestamp must jump ahead of both its
 * neighbours in the input before it is taken for a corrupted value. Real
 * idle gaps are in order, so they never meet the test below.
 */
export const TIMESTAMP_SPIKE_MS = 60 * 60 * 1000;

/**
 * Moves an event whose timestamp is more than `TIMESTAMP_SPIKE_MS` ahead
 * of both the event before and the event after it in the input back to
 * the time of the event before it. Sorting such an event to the end would
 * stretch the recording by the size of the spike (a digit too many turns
 * seconds into hours) and leave the timeline empty. The event is kept.
 */
function moveTimestampSpikes(
  indexed: IndexedEvent[],
  tally: DiagnosticTally,
): void {
  for (let i = 1; i < indexed.length - 1; i += 1) {
    const previous = indexed[i - 1]!.event.timestamp;
    const current = indexed[i]!;
    const next = indexed[i + 1]!.event.timestamp;
    const spike = current.event.timestamp;
    if (
      spike - previous > TIMESTAMP_SPIKE_MS &&
      spike - next > TIMESTAMP_SPIKE_MS
    ) {
      tally.note('timestamp-spike', current.index);
      current.event = { ...current.event, timestamp: previous };
    }
  }
}

/**
 * Sorts by timestamp, keeping input order for ties (Array.prototype.sort
 * is stable). Each event earlier than the one before it is counted as
 * out of order. Input already in order is returned without sorting.
 */
function sortByTimestamp(
  indexed: IndexedEvent[],
  tally: DiagnosticTally,
): IndexedEvent[] {
  let inOrder = true;
  let previous = -Infinity;

  for (const { event, index } of indexed) {
    if (event.timestamp < previous) {
      tally.note('out-of-order', index);
      inOrder = false;
    }
    previous = event.timestamp;
  }
  if (inOrder) {
    return indexed;
  }
  return indexed.sort((a, b) => a.event.timestamp - b.event.timestamp);
}
