import { EventType } from '@rrweb/types';
import type { Viewport } from '../engine/types';
import { parseRecording } from '../events/parseRecording';
import type { Recording, RecordingInput } from '../events/types';

/** A recording ready for the engine, or why there is none. */
export type LoadedRecording =
  { recording: Recording; error: null } | { recording: null; error: Error };

/**
 * Parses `events` up front, so a recording that cannot be replayed shows
 * the error state before any engine or iframe is created. A `Recording`
 * that was parsed already is used as it is.
 */
export function loadRecording(
  events: RecordingInput | Recording,
): LoadedRecording {
  if (isRecording(events)) return { recording: events, error: null };

  try {
    return { recording: parseRecording(events), error: null };
  } catch (error) {
    return { recording: null, error: toError(error) };
  }
}

/** Returns the viewport of the recording's first Meta event, if any. */
export function recordedViewport(recording: Recording): Viewport | null {
  for (const event of recording.events) {
    if (event.type !== EventType.Meta) continue;

    const { width, height } = event.data;
    if (width > 0 && height > 0) return { width, height };
  }
  return null;
}

export function toError(value: unknown): Error {
  return value instanceof Error ? value : new Error(String(value));
}

function isRecording(value: unknown): value is Recording {
  if (typeof value !== 'object' || value === null) return false;

  const candidate = value as Partial<Record<keyof Recording, unknown>>;
  return (
    Array.isArray(candidate.events) &&
    Array.isArray(candidate.diagnostics) &&
    typeof candidate.startTime === 'number' &&
    typeof candidate.endTime === 'number' &&
    typeof candidate.duration === 'number'
  );
}
