import type { Checkpoint } from './checkpoint';
import type { CheckpointIndex } from './CheckpointIndex';
import type { FrameScheduler } from './clock';
import type { FrameBuilder } from './FrameBuilder';
import { RunningAverage } from './RunningAverage';
import type { Timeline } from './timeline';

/**
 * Brings the shown frame to a playback time by the cheapest route:
 * applying the events after the current frame, restoring a checkpoint, or
 * rebuilding a full snapshot.
 */
export class FramePlanner {
  /** Index of the checkpoints, once indexing has started. */
  checkpoints: CheckpointIndex | null = null;
  /** Recent time of a checkpoint restore in the shown frame, in ms. */
  private readonly restoreMs = new RunningAverage(5);
  /** Shown-frame apply time over the indexing estimate; starts cautious. */
  private readonly applyFactor = new RunningAverage(3);

  constructor(
    private readonly timeline: Timeline,
    private readonly builder: FrameBuilder,
    private readonly scheduler: FrameScheduler,
  ) {}

  /**
   * Builds the frame at `time`. With `sync`, as for a seek, the events are
   * applied as one jump and checkpoints may be restored.
   */
  moveTo(time: number, sync: boolean): void {
    const { timeline, builder } = this;
    const target = timeline.countUntil(time);
    const checkpoint = sync
      ? this.checkpoints?.latestAtOrBefore(target)
      : undefined;

    if (checkpoint && this.shouldRestore(checkpoint, target)) {
      const started = this.scheduler.now();
      builder.restore(checkpoint);
      this.restoreMs.add(this.scheduler.now() - started);
    } else {
      const behind = target < builder.appliedCount;
      const { firstSnapshot } = timeline;
      // Before the first snapshot there is no page yet: show the first one.
      const base = Math.max(timeline.snapshotBefore(time), firstSnapshot);
      const snapshotAhead = base >= builder.appliedCount;
      if (behind || snapshotAhead || builder.appliedCount === 0) {
        builder.rebuildFrom(base);
      }
    }

    const started = this.scheduler.now();
    const applied = builder.appliedCount;
    builder.applyUntil(target, sync);
    if (sync) this.calibrate(applied, target, started);
  }

  /**
   * Learns how much longer events take to apply in the shown frame than
   * indexing measured in its hidden one, where nothing is laid out.
   */
  private calibrate(from: number, to: number, started: number): void {
    const estimate = this.checkpoints?.replayCost(from, to);
    if (estimate === undefined || estimate < 1) return;
    this.applyFactor.add((this.scheduler.now() - started) / estimate);
  }

  /**
   * Restores a checkpoint when going backwards, and going forwards when
   * that is estimated cheaper than applying the events from the current
   * frame: a short step past a checkpoint is quicker to play.
   */
  private shouldRestore(checkpoint: Checkpoint, target: number): boolean {
    const applied = this.builder.appliedCount;
    if (target < applied) return true;
    if (checkpoint.count <= applied) return false;

    const forward = this.checkpoints?.replayCost(applied, target);
    const after = this.checkpoints?.replayCost(checkpoint.count, target);
    if (forward === undefined || after === undefined) return true;
    const factor = this.applyFactor.value;
    return this.restoreMs.value + after * factor < forward * factor;
  }
}
