import { EventType, NodeType } from '@rrweb/types';
import type { DiagnosticTally } from './DiagnosticTally';
import { describeValue } from './describeValue';
import { isPlainObject } from './isPlainObject';
import { RecordingError } from './RecordingError';
import type { ReplayEvent } from './types';

type EventData = Record<string, unknown>;

/** Event types the player replays or passes on (0 to 6). */
const KNOWN_TYPES: ReadonlySet<number> = new Set([
  EventType.DomContentLoaded,
  EventType.Load,
  EventType.FullSnapshot,
  EventType.IncrementalSnapshot,
  EventType.Meta,
  EventType.Custom,
  EventType.Plugin,
]);

/**
 * Checks one unpacked event's envelope and the fields replay cannot do
 * without, and returns it typed. Throws a RecordingError for what replay
 * cannot survive, and notes recoverable problems in `tally`. Checks stop at
 * the top of the payload: a FullSnapshot's node tree is not walked.
 */
export function validateEvent(
  value: unknown,
  index: number,
  tally: DiagnosticTally,
): ReplayEvent {
  if (!isPlainObject(value)) {
    throw invalidEvent(
      index,
      `Event ${index} is ${describeValue(value)} instead of an event ` +
        'object. Each event needs a type, a timestamp and a data object.',
    );
  }

  const { timestamp, type, data } = value;
  if (typeof timestamp !== 'number' || !Number.isFinite(timestamp)) {
    throw invalidEvent(
      index,
      `Event ${index} has no numeric timestamp ` +
        `(found ${describeValue(timestamp)}). Each event needs one, in ` +
        'milliseconds since the epoch.',
    );
  }
  if (typeof type !== 'number' || !Number.isInteger(type)) {
    throw invalidEvent(
      index,
      `Event ${index} has no integer type (found ${describeValue(type)}). ` +
        'rrweb event types are integers, such as 2 for a full snapshot.',
    );
  }
  if (!isPlainObject(data)) {
    throw invalidEvent(
      index,
      `Event ${index} has no data object (found ${describeValue(data)}). ` +
        'Every rrweb event carries its payload in data.',
    );
  }

  checkPayload(type, data, index, tally);
  return value as unknown as ReplayEvent;
}

function checkPayload(
  type: number,
  data: EventData,
  index: number,
  tally: DiagnosticTally,
): void {
  if (type === EventType.FullSnapshot) {
    checkFullSnapshot(data, index);
  } else if (type === EventType.IncrementalSnapshot) {
    checkIncremental(data, index);
  } else if (type === EventType.Meta) {
    checkMeta(data, index, tally);
  } else if (!KNOWN_TYPES.has(type)) {
    tally.note('unknown-event-type', index, String(type));
  }
}

function checkFullSnapshot(data: EventData, index: number): void {
  const problem = documentNodeProblem(data.node);
  if (problem === null) {
    return;
  }
  throw new RecordingError(
    'invalid-full-snapshot',
    `Event ${index} is a full snapshot (type 2) without a serialized ` +
      `document: ${problem}. The recording may be truncated or altered, ` +
      'so use the file exactly as the recorder wrote it.',
    { eventIndex: index },
  );
}

/** Explains why `node` is not a serialized Document node, or gives null. */
function documentNodeProblem(node: unknown): string | null {
  if (!isPlainObject(node)) {
    return `data.node is ${describeValue(node)}`;
  }
  if (node.type !== NodeType.Document) {
    return `its root node has type ${describeValue(node.type)}, not 0`;
  }
  if (typeof node.id !== 'number') {
    return 'its root node has no numeric id';
  }
  if (!Array.isArray(node.childNodes)) {
    return 'its root node has no childNodes array';
  }
  return null;
}

function checkIncremental(data: EventData, index: number): void {
  if (typeof data.source === 'number' && Number.isInteger(data.source)) {
    return;
  }
  throw invalidEvent(
    index,
    `Event ${index} is an incremental snapshot (type 3) with no integer ` +
      `data.source (found ${describeValue(data.source)}). The source says ` +
      'what changed, such as 0 for a DOM mutation.',
  );
}

function checkMeta(
  data: EventData,
  index: number,
  tally: DiagnosticTally,
): void {
  for (const field of ['width', 'height'] as const) {
    const size = data[field];
    if (typeof size !== 'number' || !Number.isFinite(size)) {
      throw invalidEvent(
        index,
        `Event ${index} is a Meta event (type 4) with no numeric ` +
          `data.${field} (found ${describeValue(size)}). Meta events give ` +
          'the viewport size in CSS pixels.',
      );
    }
  }
  if (typeof data.href !== 'string') {
    tally.note('meta-without-href', index);
  }
}

function invalidEvent(index: number, message: string): RecordingError {
  return new RecordingError('invalid-event', message, { eventIndex: index });
}
