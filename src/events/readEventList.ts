import { describeValue } from './describeValue';
import { isPlainObject } from './isPlainObject';
import { RecordingError } from './RecordingError';

/**
 * Fields of a wrapper object that may contain the events array, tried in
 * this order:
 * - `result`: PostHog's recording exports, `{ result: [...] }`;
 * - `rrweb_data`: chalk's stored sessions, `{ session_guid, rrweb_data }`;
 * - `events`: the generic `{ events: [...] }` shape.
 */
export const RECORDING_WRAPPER_KEYS: readonly string[] = [
  'result',
  'rrweb_data',
  'events',
];

const KEY_LIST =
  RECORDING_WRAPPER_KEYS.slice(0, -1).join(', ') +
  ` or ${RECORDING_WRAPPER_KEYS.at(-1)}`;

const ACCEPTED =
  'Pass an array of rrweb events, a JSON string of one, or an object ' +
  `whose ${KEY_LIST} field contains that array.`;

/**
 * Finds the raw events array in any accepted input form: an array, a JSON
 * string, or a wrapper object. The items are not checked here.
 */
export function readEventList(input: unknown): readonly unknown[] {
  const value = typeof input === 'string' ? parseJson(input) : input;

  if (Array.isArray(value)) {
    return value;
  }
  if (isPlainObject(value)) {
    return unwrap(value);
  }
  throw new RecordingError(
    'unsupported-input',
    `The recording is ${describeValue(value)}, not a list of events. ` +
      ACCEPTED,
  );
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new RecordingError(
      'invalid-json',
      `The recording text is not valid JSON (${reason}). ` +
        'Pass the file exactly as it was saved, or the parsed value.',
      { cause },
    );
  }
}

function unwrap(wrapper: Record<string, unknown>): readonly unknown[] {
  for (const key of RECORDING_WRAPPER_KEYS) {
    const events = wrapper[key];
    if (Array.isArray(events)) {
      return events;
    }
  }

  const present = RECORDING_WRAPPER_KEYS.find((key) => key in wrapper);
  if (present !== undefined) {
    throw new RecordingError(
      'unsupported-input',
      `The recording's "${present}" field is ` +
        `${describeValue(wrapper[present])}, not an array of events. ` +
        ACCEPTED,
    );
  }
  if ('type' in wrapper && 'timestamp' in wrapper) {
    throw new RecordingError(
      'unsupported-input',
      'The recording is a single event, not a list of events. ' +
        'Wrap it in an array together with the events around it.',
    );
  }
  throw new RecordingError(
    'unsupported-input',
    `The recording is an object without a ${KEY_LIST} field. ${ACCEPTED}`,
  );
}
