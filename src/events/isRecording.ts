import type { Recording } from './types';

/** Checks that `input` is a `Recording` from `parseRecording`, not raw events. */
export function isRecording(input: unknown): input is Recording {
  const candidate = input as Partial<Recording> | null;
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    Array.isArray(candidate.events) &&
    typeof candidate.startTime === 'number' &&
    Array.isArray(candidate.diagnostics)
  );
}
