import type {
  Diagnostic,
  Recording,
  RecordingInput,
  ReplayEvent,
} from '../events/types';
import type { InactivePeriod, RecordingInsights } from '../insights';

/** State of the playback clock. */
export type PlaybackStatus = 'paused' | 'playing' | 'ended' | 'error';

/** Size of the recorded viewport, in CSS pixels of the recorded page. */
export interface Viewport {
  width: number;
  height: number;
}

/** Pointer position in the coordinates of the recorded page. */
export interface PointerPosition {
  x: number;
  y: number;
  /** Mirror id of the node under the pointer, when the recorder sent it. */
  targetId?: number;
}

/** A recorded pointer position at a playback time. */
export interface PointerSample extends PointerPosition {
  /** Playback time in ms from the recording start. */
  time: number;
}

/** A mouse or touch interaction, for overlays such as click ripples. */
export interface PointerInteraction extends PointerPosition {
  /** rrweb's `MouseInteractions` value (Click is 2). */
  type: number;
  /** Playback time of the interaction, in ms from the recording start. */
  time: number;
}

/** Everything a player UI needs to draw the current moment. */
export interface ReplayerState {
  status: PlaybackStatus;
  /** Playback time in ms from the recording start. */
  currentTime: number;
  /** Recording length in ms. */
  duration: number;
  /** Playback rate, 0.25 to 16. */
  speed: number;
  /** Recorded viewport size at `currentTime`. */
  viewport: Viewport;
  /** Factor the frame is scaled by to fit the root element. */
  scale: number;
  /** URL of the recorded page at `currentTime`. */
  href: string;
  pointer: PointerPosition | null;
  lastInteraction: PointerInteraction | null;
  /**
   * Share of the recording indexed for fast seeking, 0 to 1. Seeks work
   * before it reaches 1, replaying from the last full snapshot instead.
   */
  indexProgress: number;
  /** Whether playback jumps over `inactivePeriods`. */
  skipInactive: boolean;
  /** Stretches without user activity, in ms from the recording start. */
  inactivePeriods: InactivePeriod[];
  /**
   * Clicks, errors, console and network entries found in the recording.
   * Null until they are found, in the background after the first frame.
   */
  insights: RecordingInsights | null;
  /** Problems met so far: parse problems and events not applied. */
  diagnostics: Diagnostic[];
  /** Reason the recording cannot be replayed, when status is `error`. */
  error: Error | null;
}

/** Receives Custom and Plugin events as playback passes them. */
export type RecordedEventListener = (
  event: ReplayEvent,
  /** Playback time of the event, in ms from the recording start. */
  time: number,
) => void;

export type ReplayerListener = (
  state: ReplayerState,
  previous: ReplayerState,
) => void;

/** Receives warnings; the default writes them once each to the console. */
export interface ReplayLogger {
  warn(message: string): void;
}

export interface ReplayerOptions {
  /** Element the sandboxed replay iframe is created in. */
  root: HTMLElement;
  /** Initial playback rate. @default 1 */
  speed?: number;
  /** Warning sink. @default console, `[reprise]` prefix, once per message */
  logger?: ReplayLogger;
}

/** The headless replay engine. */
export interface Replayer {
  play(): void;
  pause(): void;
  /** Builds the frame at `timeMs`; resolves once it is built. */
  seek(timeMs: number): Promise<void>;
  setSpeed(speed: number): void;
  /** Turns jumping over inactive periods during playback on or off. */
  setSkipInactive(skip: boolean): void;
  getState(): ReplayerState;
  subscribe(listener: ReplayerListener): () => void;
  /**
   * Calls `listener` with each Custom and Plugin event (console logs,
   * network requests, app tags) that playback passes. Seeks jump over
   * events without emitting them. Returns an unsubscribe function.
   */
  onEvent(listener: RecordedEventListener): () => void;
  /**
   * Every recorded pointer position (mouse, touch and drag moves, and
   * interactions), sorted by time, for trails and movement heatmaps.
   */
  readonly pointerTrack: readonly PointerSample[];
  /**
   * Clicks, errors, console and network entries found in the recording.
   * Reading it before the engine has found them (see
   * `ReplayerState.insights`) finds them at once.
   */
  readonly insights: RecordingInsights;
  /**
   * The sanitized recording being replayed. Reading it before the engine
   * has sanitized every event in the background sanitizes the rest at once.
   */
  readonly recording: Recording;
  /** The replayed document, inside the sandboxed iframe. */
  readonly document: Document;
  /** The sandboxed iframe that shows the frame. */
  readonly iframe: HTMLIFrameElement;
  /** The replayed node with a recorded node id, or null if it is absent. */
  getNode(id: number): Node | null;
  /**
   * Stops playback and removes the frame. Afterwards `seek` resolves at
   * once and `play` does nothing.
   */
  destroy(): void;
}

export type { RecordingInput };
