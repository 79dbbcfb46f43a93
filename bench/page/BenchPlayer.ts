/**
 * The operations the benchmark times, over one replay engine, so the same
 * measurements run against Reprise and rrweb's Replayer.
 */
export interface BenchPlayer {
  /** Recording length in ms. */
  readonly duration: number;
  /** Builds the frame at `timeMs`; resolves once it is built. */
  seek(timeMs: number): Promise<void>;
  /** Starts playback from the current time at `speed` times real time. */
  play(speed: number): void;
  pause(): void;
  /** Playback time in ms from the recording start. */
  currentTime(): number;
  /** The replayed document, or null before the first frame. */
  document(): Document | null;
  /**
   * Resolves once the engine's background work for fast seeks is done:
   * Reprise's checkpoint indexing. rrweb's Replayer has none.
   */
  ready(): Promise<void>;
  /** Problems the engine reported so far, as `text ×count` lines. */
  problems(): string[];
  destroy(): void;
}

/**
 * Creates a player for parsed events in `root` and resolves once its
 * first frame is built.
 */
export type PlayerFactory = (
  events: unknown[],
  root: HTMLElement,
) => Promise<BenchPlayer>;

/** Long tasks (over 50 ms, as the browser defines them) seen in a window. */
export interface LongTaskSummary {
  count: number;
  /** Maximum task length in ms, 0 when there was none. */
  max: number;
  /** Sum of their durations in ms. */
  total: number;
}

export interface SeekPassResult {
  /** Time of each seek in ms, in the order the targets were given. */
  samples: number[];
  /** How many targets were given; fewer ran when the budget ran out. */
  planned: number;
  longTasks: LongTaskSummary;
}

export interface PlaybackResult {
  /** Playback time covered, in ms of the recording. */
  advancedMs: number;
  /** Wall-clock time observed, in ms. */
  wallMs: number;
  /** Animation frames the page produced per second of wall time. */
  framesPerSecond: number;
  longTasks: LongTaskSummary;
}

export interface LoadResult {
  events: number;
  /** Time to parse the JSON text in the page, in ms. */
  parseMs: number;
}
