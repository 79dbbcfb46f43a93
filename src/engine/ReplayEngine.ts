import { EventType } from '@rrweb/types';
import type { Recording, ReplayEvent } from '../events/types';
import { analyzeRecording } from '../insights/analyzeRecording';
import type {
  AnalyzeOptions,
  RecordingInsights,
} from '../insights/analyzeRecording';
import { collectCanvasImages, createCanvasImageCache } from './apply/canvas';
import type { CanvasImageCache } from './apply/canvas';
import type { Checkpoint } from './checkpoint';
import { CheckpointIndex } from './CheckpointIndex';
import { RunningAverage } from './RunningAverage';
import { browserScheduler, PlaybackClock } from './clock';
import type { FrameScheduler } from './clock';
import { DiagnosticsCollector, mergeDiagnostics } from './diagnostics';
import { FrameBuilder } from './FrameBuilder';
import { OFFLINE_POLICY, ReplayFrame } from './frame';
import { createOnceLogger } from './logger';
import { clampSpeed, clampTime } from './options';
import type { CreateReplayerOptions } from './options';
import { createStateContainer } from './stateContainer';
import { Timeline } from './timeline';
import type { RecordedEventListener, Replayer, ReplayerState } from './types';

/**
 * When playback skips an inactive period it stops this long, in ms, before
 * the activity that ends it, so the viewer sees what leads up to it.
 */
const SKIP_LEAD_IN = 1000;

/** Shortest time between two canvas redraws during playback, in ms. */
const CANVAS_PRESENT_INTERVAL = 100;

/**
 * During playback, a frame that would apply more events than this is built
 * like a seek, from the closest checkpoint, so a jump over a long busy
 * stretch costs no more than a seek.
 */
const MAX_EVENTS_PER_TICK = 500;

/** The engine behind `createReplayer`. */
export class ReplayEngine implements Replayer {
  readonly recording: Recording;
  private computedInsights: RecordingInsights | null = null;
  private readonly insightOptions: AnalyzeOptions;
  private readonly timeline: Timeline;
  private readonly eventListeners = new Set<RecordedEventListener>();
  private readonly frame: ReplayFrame;
  private readonly builder: FrameBuilder;
  private readonly clock: PlaybackClock;
  private readonly diagnostics: DiagnosticsCollector;
  private checkpoints: CheckpointIndex | null = null;
  private readonly createCheckpoints: () => CheckpointIndex | null;
  private readonly images: CanvasImageCache;
  private readonly scheduler: FrameScheduler;
  private readonly state;
  private destroyed = false;
  private seekTarget = 0;
  /** Recent time of a checkpoint restore in the shown frame, in ms. */
  private readonly restoreMs = new RunningAverage(5);
  /** Shown-frame apply time over the indexing estimate; starts cautious. */
  private readonly applyFactor = new RunningAverage(3);
  private canvasesPresentedAt = -Infinity;
  private seekScheduled = false;
  private seekWaiters: (() => void)[] = [];

  constructor(recording: Recording, options: CreateReplayerOptions) {
    this.recording = recording;
    this.insightOptions = options.insights ?? {};
    this.timeline = new Timeline(recording);
    this.diagnostics = new DiagnosticsCollector(recording.diagnostics);
    const speed = clampSpeed(options.speed ?? 1);
    const logger = createOnceLogger(options.logger);

    this.state = createStateContainer<ReplayerState>({
      status: 'paused',
      currentTime: 0,
      duration: recording.duration,
      speed,
      viewport: { width: 1024, height: 768 },
      scale: 1,
      href: '',
      pointer: null,
      lastInteraction: null,
      indexProgress: options.checkpoints === false ? 1 : 0,
      skipInactive: options.skipInactive ?? false,
      inactivePeriods: [],
      diagnostics: this.diagnostics.list(),
      error: null,
    });

    const policy = options.allowNetwork ? null : OFFLINE_POLICY;
    this.frame = new ReplayFrame(options.root, policy, (scale) =>
      this.state.setState({ scale }),
    );
    this.frame.prepareBlankDocument();
    this.images = createCanvasImageCache(this.frame.window!);
    this.builder = new FrameBuilder(
      this.frame,
      this.timeline,
      this.diagnostics,
      this.images,
    );
    this.scheduler = options.scheduler ?? browserScheduler;
    this.clock = new PlaybackClock(
      this.scheduler,
      (time) => this.tick(time),
      speed,
    );

    this.render(0, true);
    // The hidden indexing frame is made after the first frame is built,
    // so it never delays it.
    const { root } = options;
    const checkpointOptions = options.checkpoints;
    this.createCheckpoints = () =>
      checkpointOptions === false
        ? null
        : new CheckpointIndex(
            root,
            policy,
            this.timeline,
            this.scheduler,
            (indexProgress) => this.onIndexProgress(indexProgress),
            this.images,
            checkpointOptions,
          );
    // Decoding canvas images (after the policy is in place, which blocks
    // remote ones) and indexing start in tasks of their own, so the caller
    // gets the first frame without waiting for them.
    this.scheduler.postTask(() => {
      if (this.destroyed) return;
      collectCanvasImages(recording.events, this.images);
      void this.images.ready.then(() =>
        this.scheduler.postTask(() => this.onImagesReady()),
      );
    });
    this.scheduler.postTask(() => {
      if (!this.destroyed) void this.insights;
    });
    for (const diagnostic of this.diagnostics.list()) {
      logger.warn(diagnostic.message);
    }
  }

  get document(): Document {
    return this.frame.document;
  }

  get pointerTrack() {
    return this.timeline.pointer;
  }

  /**
   * Computed on first use, or in a task of its own after the first frame,
   * so analysing a long recording never delays that frame.
   */
  get insights(): RecordingInsights {
    if (!this.computedInsights) {
      this.computedInsights = analyzeRecording(
        this.recording,
        this.insightOptions,
      );
      this.state.setState({
        inactivePeriods: this.computedInsights.inactivePeriods,
      });
    }
    return this.computedInsights;
  }

  private onIndexProgress(indexProgress: number): void {
    const changed = this.checkpoints?.diagnostics.takeChanges();
    this.state.setState({
      indexProgress,
      ...(changed ? { diagnostics: this.allDiagnostics() } : {}),
    });
  }

  private allDiagnostics() {
    const indexed = this.checkpoints?.diagnostics.list() ?? [];
    return mergeDiagnostics(this.diagnostics.list(), indexed);
  }

  /**
   * Redraws the first frame with the canvas images now decoded, then
   * starts indexing, whose checkpoints would otherwise lack the images.
   */
  private onImagesReady(): void {
    if (this.destroyed) return;
    if (this.images.size > 0) {
      // The first frame was built before the images could be drawn.
      this.diagnostics.clear('canvas:image-not-ready');
      this.builder.invalidate();
      this.render(this.state.getState().currentTime, true);
    }
    this.checkpoints = this.createCheckpoints();
    this.checkpoints?.start();
  }

  get iframe(): HTMLIFrameElement {
    return this.frame.iframe;
  }

  getNode(id: number): Node | null {
    return this.builder.mirror.getNode(id);
  }

  getState = (): ReplayerState => this.state.getState();

  subscribe: Replayer['subscribe'] = (listener) =>
    this.state.subscribe(listener);

  play(): void {
    if (this.destroyed) return;
    const { status, currentTime, duration } = this.state.getState();
    if (status === 'error' || status === 'playing') return;
    if (status === 'ended' || currentTime >= duration) this.render(0, true);

    this.clock.currentTime = this.state.getState().currentTime;
    this.clock.start();
    this.syncMedia(this.clock.currentTime);
    this.state.setState({ status: 'playing' });
  }

  pause(): void {
    this.clock.stop();
    this.presentCanvases(true);
    this.syncMedia(this.state.getState().currentTime);
    if (this.state.getState().status === 'playing') {
      this.state.setState({ status: 'paused' });
    }
  }

  /**
   * Seeks run in a task of their own, and only the latest target of the
   * seeks requested meanwhile is built: while a user drags the scrubber,
   * the frame follows the pointer instead of a queue of stale targets.
   * Every caller's promise resolves once that frame is built.
   */
  seek(timeMs: number): Promise<void> {
    // A destroyed or failed replayer has no frame to build.
    if (this.destroyed || this.state.getState().status === 'error') {
      return Promise.resolve();
    }

    this.seekTarget = clampTime(timeMs, this.recording.duration);
    const done = new Promise<void>((resolve) => this.seekWaiters.push(resolve));
    if (!this.seekScheduled) {
      this.seekScheduled = true;
      // Canvas commands draw decoded images synchronously, so a seek waits
      // for them; without images, `ready` is already resolved.
      this.scheduler.postTask(() => {
        void this.images.ready.then(() => this.runSeek());
      });
    }
    return done;
  }

  private runSeek(): void {
    this.seekScheduled = false;
    const waiters = this.seekWaiters;
    this.seekWaiters = [];
    if (this.destroyed) return;

    const time = this.seekTarget;
    this.render(time, true);
    this.clock.currentTime = time;
    if (this.state.getState().status === 'ended') {
      this.state.setState({ status: 'paused' });
    }
    for (const resolve of waiters) resolve();
  }

  setSkipInactive(skip: boolean): void {
    this.state.setState({ skipInactive: skip });
  }

  onEvent(listener: RecordedEventListener): () => void {
    this.eventListeners.add(listener);
    return () => this.eventListeners.delete(listener);
  }

  setSpeed(speed: number): void {
    const clamped = clampSpeed(speed);
    this.clock.speed = clamped;
    this.syncMedia(this.state.getState().currentTime);
    this.state.setState({ speed: clamped });
  }

  destroy(): void {
    this.destroyed = true;
    this.clock.stop();
    this.checkpoints?.destroy();
    this.images.close();
    this.frame.destroy();
    this.state.clear();
    this.eventListeners.clear();
    for (const resolve of this.seekWaiters.splice(0)) resolve();
  }

  private tick(time: number): void {
    const { duration } = this.recording;
    const skipTo = this.skipTarget(time);
    if (skipTo !== null) {
      this.clock.currentTime = skipTo;
      this.render(skipTo, true);
      return;
    }
    if (time < duration) {
      this.emitRecordedEvents(time);
      const backlog =
        this.timeline.countUntil(time) - this.builder.appliedCount;
      this.render(time, backlog > MAX_EVENTS_PER_TICK);
      return;
    }

    this.clock.stop();
    this.emitRecordedEvents(duration);
    this.render(duration, false);
    this.presentCanvases(true);
    this.state.setState({ status: 'ended' });
  }

  /**
   * Shows drawn canvases: at once after a seek, and at most every
   * `CANVAS_PRESENT_INTERVAL` ms while playing, since encoding a canvas's
   * pixels for display costs milliseconds.
   */
  private presentCanvases(force: boolean): void {
    const now = this.scheduler.now();
    if (!force && now - this.canvasesPresentedAt < CANVAS_PRESENT_INTERVAL) {
      return;
    }
    this.canvasesPresentedAt = now;
    this.builder.presentCanvases();
  }

  private syncMedia(time: number): void {
    this.builder.syncMedia(time, {
      playing: this.clock.running,
      speed: this.clock.speed,
    });
  }

  /** Returns where playback jumps to from `time`, or null to play on. */
  private skipTarget(time: number): number | null {
    const { skipInactive, inactivePeriods } = this.state.getState();
    if (!skipInactive) return null;

    const period = inactivePeriods.find(
      ({ start, end }) => start <= time && time < end - SKIP_LEAD_IN,
    );
    return period ? period.end - SKIP_LEAD_IN : null;
  }

  /** Emits the Custom and Plugin events between the frame and `time`. */
  private emitRecordedEvents(time: number): void {
    if (this.eventListeners.size === 0) return;
    const { events } = this.recording;
    const end = this.timeline.countUntil(time);

    for (let index = this.builder.appliedCount; index < end; index += 1) {
      const event = events[index];
      if (event && isRecordedMessage(event)) {
        const eventTime = this.timeline.times[index] ?? time;
        for (const listener of this.eventListeners) listener(event, eventTime);
      }
    }
  }

  /** Brings the document to playback time `time` and publishes state. */
  private render(time: number, sync: boolean): void {
    try {
      this.moveTo(time, sync);
    } catch (error) {
      this.clock.stop();
      this.state.setState({ status: 'error', error: error as Error });
      return;
    }

    const pointer = this.timeline.pointerAt(time);
    this.builder.setHover(pointer?.targetId);
    this.syncMedia(time);
    this.presentCanvases(sync);
    const diagnostics = this.diagnostics.takeChanges() && this.allDiagnostics();
    this.state.setState({
      currentTime: time,
      viewport: this.builder.viewport,
      href: this.builder.href,
      pointer,
      lastInteraction: this.timeline.interactionAt(time),
      ...(diagnostics ? { diagnostics } : {}),
    });
  }

  private moveTo(time: number, sync: boolean): void {
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
      const firstSnapshot = timeline.snapshotIndexes[0] ?? 0;
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

function isRecordedMessage(event: ReplayEvent): boolean {
  return event.type === EventType.Custom || event.type === EventType.Plugin;
}
