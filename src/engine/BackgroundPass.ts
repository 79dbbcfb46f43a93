import type {
  RecordingAnalyzer,
  RecordingInsights,
} from '../insights/analyzeRecording';
import { collectCanvasImages } from './apply/canvas';
import type { CanvasImageCache } from './apply/canvas';
import type { FrameScheduler } from './clock';
import type { SanitizedEvents } from './SanitizedEvents';

/**
 * Time after which a background task yields, in ms. It checks between
 * events, so one large event can make a task longer.
 */
const SLICE_MS = 8;

export interface BackgroundPassHooks {
  /** Called after each task, to publish what sanitizing found. */
  onSlice(): void;
  /** Called once, when every event is sanitized and analysed. */
  onDone(): void;
}

/**
 * The work on a recording's events after the first frame: sanitizing the
 * events the frame did not need, feeding every event to the insights
 * analyzer, and collecting canvas images to decode, in tasks of about
 * `SLICE_MS`. A seek, or reading the insights, that gets ahead of it does
 * the same work at once.
 */
export class BackgroundPass {
  /** Number of events, from the first, that the analyzer has read. */
  private analyzed = 0;
  /**
   * Number of sanitized events whose canvas images have been collected,
   * or null before `start`: decoding must not delay the first paint.
   */
  private imagesCollected: number | null = null;
  private insights: RecordingInsights | null = null;
  private stopped = false;

  /**
   * @param analyzer dropped once the insights are found, since it keeps
   *   an index of every node of the page
   */
  constructor(
    private readonly events: SanitizedEvents,
    private analyzer: RecordingAnalyzer | null,
    private readonly images: CanvasImageCache,
    private readonly scheduler: FrameScheduler,
    private readonly hooks: BackgroundPassHooks,
  ) {}

  /** Starts the tasks. Call it once the first frame is painted. */
  start(): void {
    this.imagesCollected = 0;
    this.slice();
  }

  stop(): void {
    this.stopped = true;
  }

  /**
   * Sanitizes the events before index `count` and starts decoding their
   * canvas images. The returned promise resolves once every image
   * collected so far is decoded.
   */
  prepare(count: number): Promise<void> {
    this.events.sanitizeUntil(count);
    this.collectImages();
    return this.images.ready;
  }

  /** Returns the insights, analysing the events left first. */
  finishInsights(): RecordingInsights {
    if (!this.insights) {
      while (!this.fullyAnalyzed) this.analyzeNext();
      this.insights = this.analyzer!.finish();
      this.analyzer = null;
    }
    return this.insights;
  }

  private readonly slice = (): void => {
    if (this.stopped) return;
    const deadline = this.scheduler.now() + SLICE_MS;
    while (!this.fullyAnalyzed && this.scheduler.now() < deadline) {
      this.analyzeNext();
    }
    this.collectImages();
    this.hooks.onSlice();
    // A state listener called from `onSlice` may have stopped the pass.
    if (this.stopped) return;
    if (this.fullyAnalyzed) this.hooks.onDone();
    else this.scheduler.postTask(this.slice);
  };

  private get fullyAnalyzed(): boolean {
    return this.analyzed === this.events.length;
  }

  /** Passes the next event to the analyzer, sanitizing it first. */
  private analyzeNext(): void {
    const index = this.analyzed;
    this.analyzer?.visit(this.events.at(index)!, index);
    this.analyzed += 1;
  }

  /** Starts decoding the canvas images of events sanitized since the last call. */
  private collectImages(): void {
    if (this.imagesCollected === null) return;
    const fresh = [];
    while (this.imagesCollected < this.events.sanitizedCount) {
      fresh.push(this.events.at(this.imagesCollected)!);
      this.imagesCollected += 1;
    }
    collectCanvasImages(fresh, this.images);
  }
}
