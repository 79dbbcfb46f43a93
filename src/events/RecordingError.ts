/**
 * Reason a recording cannot be replayed at all.
 *
 * - `invalid-json`: a string input is not valid JSON.
 * - `unsupported-input`: the input is neither an events array nor a known
 *   wrapper object around one.
 * - `empty-recording`: the events array is empty.
 * - `invalid-event`: an event lacks a field replay cannot do without.
 * - `invalid-full-snapshot`: a FullSnapshot contains no serialized document.
 * - `no-full-snapshot`: no FullSnapshot, so there is no page to build.
 * - `unpack-failed`: a string event is not `@rrweb/packer` output.
 */
export type RecordingErrorCode =
  | 'invalid-json'
  | 'unsupported-input'
  | 'empty-recording'
  | 'invalid-event'
  | 'invalid-full-snapshot'
  | 'no-full-snapshot'
  | 'unpack-failed';

export interface RecordingErrorOptions {
  /** Index of the offending event in the input events array. */
  eventIndex?: number;
  /** The underlying error, such as the JSON parser's. */
  cause?: unknown;
}

/**
 * Thrown by `parseRecording` when the input cannot be replayed. The
 * message is a sentence meant for the person who supplied the recording, and
 * `code` is for programs.
 */
export class RecordingError extends Error {
  readonly code: RecordingErrorCode;

  /**
   * Index of the offending event in the input events array (after any
   * wrapper object is unwrapped), when the error concerns one event.
   */
  readonly eventIndex?: number;

  constructor(
    code: RecordingErrorCode,
    message: string,
    options: RecordingErrorOptions = {},
  ) {
    super(
      message,
      options.cause === undefined ? undefined : { cause: options.cause },
    );
    this.name = 'RecordingError';
    this.code = code;
    if (options.eventIndex !== undefined) {
      this.eventIndex = options.eventIndex;
    }
  }
}

/** Checks whether `e` is a `RecordingError`, to narrow it in `catch`. */
export function isRecordingError(e: unknown): e is RecordingError {
  return e instanceof RecordingError;
}
