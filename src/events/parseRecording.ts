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
