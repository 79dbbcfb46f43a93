import { EventType } from '@rrweb/types';
import type { BuildCache } from 'rrweb-snapshot';
import type { CanvasImageCache } from './apply/canvas';
import { checkpointEntries } from './checkpoint';
import type { Checkpoint } from './checkpoint';
import type { FrameScheduler } from './clock';
import { DiagnosticsCollector } from './diagnostics';
import { FrameBuilder } from './FrameBuilder';
import { ReplayFrame } from './frame';
import { SubtreeStore } from './SubtreeStore';
import type { Timeline } from './timeline';

export interface CheckpointOptions {
  /**
   * Work a seek may redo after restoring a checkpoint: a checkpoint is
   * taken once applying the events since the last one took this long, in
   * ms, as measured while building.
   * @default 4
   */
  maxReplayMs?: number;
  /** Most events between two checkpoints. @default 1000 */
  maxEvents?: number;
  /**
   * Most distinct DOM nodes held by all checkpoints together, where
   * subtrees that several checkpoints share count once. Past it, every
   * other checkpoint is dropped and the spacing doubles.
   * @default 1_000_000
   */
  maxNodes?: number;
  /** Maximum background work before yielding, in ms. @default 8 */
  sliceMs?: number;
}

/**
 * Restorable states of a recording, built in the background in a hidden
 * sandboxed frame by replaying the whole recording once, a slice at a time.
 * Seeks restore the closest checkpoint before their target, so their cost
 * depends on the spacing, not on the recording's length or the direction.
 */
export class CheckpointIndex {
  readonly checkpoints: Checkpoint[] = [];
  /** Problems met while indexing, which replays every event once. */
  readonly diagnostics = new DiagnosticsCollector();
  /** Time (ms) indexing spent applying the events before each index. */
  private readonly cumulativeCost: Float64Array;
  private readonly frame: ReplayFrame;
  private readonly builder: FrameBuilder;
  /** Subtrees shared between checkpoints, while indexing runs. */
  private readonly store = new SubtreeStore();
  private position = 0;
  private costSinceLast = 0;
  private eventsSinceLast = 0;
  private nodes = 0;
  private maxReplayMs: number;
  private maxEvents: number;
  private readonly maxNodes: number;
  private readonly sliceMs: number;
  private stopped = false;

  constructor(
    root: HTMLElement,
    policy: string,
    private readonly timeline: Timeline,
    private readonly scheduler: FrameScheduler,
    private readonly onProgress: (fraction: number) => void,
    images: CanvasImageCache,
    styles: BuildCache,
    options: CheckpointOptions = {},
  ) {
    this.maxReplayMs = options.maxReplayMs ?? 4;
    this.maxEvents = options.maxEvents ?? 1000;
    this.maxNodes = options.maxNodes ?? 1_000_000;
    this.sliceMs = options.sliceMs ?? 8;

    this.frame = new ReplayFrame(root, policy, null);
    this.frame.prepareBlankDocument();
    this.builder = new FrameBuilder(
      this.frame,
      timeline,
      this.diagnostics,
      images,
      styles,
    );
    this.position = timeline.firstSnapshot;
    this.cumulativeCost = new Float64Array(timeline.times.length + 1);
  }

  /**
   * Estimated time, in ms, to apply events `from` to `to` (exclusive), as
   * measured while indexing; undefined past what was indexed.
   */
  replayCost(from: number, to: number): number | undefined {
    if (to > this.position) return undefined;
    return (this.cumulativeCost[to] ?? 0) - (this.cumulativeCost[from] ?? 0);
  }

  /** True once the whole recording has been indexed. */
  get complete(): boolean {
    return this.position >= this.timeline.times.length;
  }

  start(): void {
    this.scheduler.postTask(this.slice);
  }

  /** Returns the latest checkpoint that reflects at most `count` events. */
  latestAtOrBefore(count: number): Checkpoint | undefined {
    let low = 0;
    let high = this.checkpoints.length;

    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.checkpoints[middle]?.count ?? Infinity) <= count) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return this.checkpoints[low - 1];
  }

  destroy(): void {
    this.stopped = true;
    this.frame.destroy();
  }

  private readonly slice = (): void => {
    if (this.stopped) return;
    const { events } = this.timeline;
    const deadline = this.scheduler.now() + this.sliceMs;

    try {
      while (!this.complete && this.scheduler.now() < deadline) {
        this.step(events.at(this.position)?.type === EventType.FullSnapshot);
      }
    } catch (error) {
      this.fail(error as Error);
      return;
    }

    if (this.complete) this.releaseFrame();
    this.onProgress(this.complete ? 1 : this.position / events.length);
    if (!this.complete) this.scheduler.postTask(this.slice);
  };

  /**
   * Stops indexing after a snapshot that cannot be built: seeks past it
   * replay from the last full snapshot instead, and the player shows why.
   */
  private fail(error: Error): void {
    this.diagnostics.report(
      'indexing-failed',
      `Indexing stopped at event ${this.position}: ${error.message}. ` +
        'Seeking past it is slower.',
      this.position,
    );
    this.stopped = true;
    this.frame.destroy();
    this.onProgress(1);
  }

  /**
   * Frees the indexing frame's document once every checkpoint is taken.
   * The checkpoints are detached clones and outlive it.
   */
  private releaseFrame(): void {
    this.store.clear();
    const doc = this.frame.document;
    while (doc.firstChild) doc.removeChild(doc.firstChild);
    this.frame.destroy();
  }

  private step(isSnapshot: boolean): void {
    const started = this.scheduler.now();
    if (isSnapshot) {
      this.builder.rebuildFrom(this.position);
    } else {
      this.builder.applyUntil(this.position + 1, true);
      this.builder.flushScrolls();
    }
    const cost = this.scheduler.now() - started;
    this.cumulativeCost[this.position + 1] =
      (this.cumulativeCost[this.position] ?? 0) + cost;
    this.position += 1;
    this.costSinceLast += cost;
    this.eventsSinceLast += 1;

    const due =
      isSnapshot ||
      this.costSinceLast >= this.maxReplayMs ||
      this.eventsSinceLast >= this.maxEvents;
    if (due) this.take();
  }

  private take(): void {
    const checkpoint = this.builder.capture(this.store);
    this.checkpoints.push(checkpoint);
    this.nodes = this.store.nodeCount;
    this.costSinceLast = 0;
    this.eventsSinceLast = 0;
    if (this.nodes > this.maxNodes) this.thin();
  }

  /** Halves the number of checkpoints to stay within `maxNodes`. */
  private thin(): void {
    const kept = this.checkpoints.filter(
      (checkpoint, index) =>
        index % 2 === 0 || checkpoint.count === checkpoint.snapshotIndex + 1,
    );
    this.checkpoints.splice(0, this.checkpoints.length, ...kept);
    this.store.retain(kept.flatMap(checkpointEntries));
    this.nodes = this.store.nodeCount;
    this.maxReplayMs *= 2;
    this.maxEvents *= 2;
  }
}
