import { isRecordingError, parseRecording } from '../../src/events';
import type { RecordingError } from '../../src/events';

/** Parses `input` and returns the RecordingError it must throw. */
export function catchRecordingError(input: unknown): RecordingError {
  try {
    parseRecording(input);
  } catch (error) {
    if (isRecordingError(error)) {
      return error;
    }
    throw error;
  }
  throw new Error('parseRecording accepted an input it should reject');
}
