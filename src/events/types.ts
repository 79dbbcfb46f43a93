import type { eventWithTime } from '@rrweb/types';

/** One rrweb event, as `record()` emits it. */
export type ReplayEvent = eventWithTime;

/**
 * Anything `parseRecording` accepts: an events array, a JSON string of
 * one, a wrapper object such as PostHog's `{ result: [...] }` (see
 * `RECORDING_WRAPPER_KEYS`), or `@rrweb/packer` packed events (strings,
 * or objects whose `v` field marks them as packed).
 */
export type RecordingInput = unknown;

/** A problem in a recording that replay survives. */
export interface Diagnostic {
  /** Stable machine-readable code, for example `event-before-snapshot`. */
  code: string;
  /** One sentence a person can act on. */
  message: string;
  /** How many times the problem occurred. */
  count: number;
  /**
   * Index, in the input events array (inside any wrapper object), of the
   * first event that had the problem.
   */
  eventIndex?: number;
}

/** A validated recording: events sorted by time, ready for the engine. */
export interface Recording {
  /**
   * Events sorted by timestamp; ties keep their input order. None is
   * earlier than `startTime`: DOM events from before the first full
   * snapshot are dropped, the others moved to `startTime`. May include
   * events of types the player does not replay (Asset, Annotation, newer),
   * reported by an `unknown-event-type` diagnostic.
   */
  events: ReplayEvent[];
  /** Timestamp (ms since epoch) that playback time 0 refers to. */
  startTime: number;
  /** Timestamp (ms since epoch) of the last event. */
  endTime: number;
  /** `endTime - startTime`, in ms. */
  duration: number;
  /** Recoverable problems found while parsing. */
  diagnostics: Diagnostic[];
}
