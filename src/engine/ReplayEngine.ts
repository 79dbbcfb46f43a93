import type { Recording } from '../events/types';
import { createRecordingAnalyzer } from '../insights/analyzeRecording';
import type { RecordingInsights } from '../insights/analyzeRecording';
import { createCanvasImageCache } from './apply/canvas';
import type { CanvasImageCache } from './apply/canvas';
import { BackgroundPass } from './BackgroundPass';
import { CheckpointIndex } from './CheckpointIndex';
import { browserScheduler, PlaybackClock } from './clock';
import type { FrameScheduler } from './clock';
import { DiagnosticsCollector, mergeDiagnostics } from './diagnostics';
import { FrameBuilder } from './FrameBuilder';
import { FramePlanner } from './FramePlanner';
import { RecordedEventEmitter } from './RecordedEventEmitter';
import { SeekQueue } from './SeekQueue';
import { contentSecurityPolicy, ReplayFrame } from './frame';
import { createOnceLogger } from './logger';
import { clampSpeed, clampTime } from './options';
import { createStyleCache } from './styleCache';
import type { CreateReplayerOptions } from './options';
import { SanitizedEvents } from './SanitizedEvents';
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
  private readonly events: SanitizedEvents;
  private readonly duration: number;
  private readonly logger;
  private computedInsights: RecordingInsights | null = null;
  private readonly background: BackgroundPass;
  private readonly timeline: Timeline;
  private readonly recordedEvents: RecordedEventEmitter;
  private readonly frame: ReplayFrame;
  private readonly builder: FrameBuilder;
  private readonly clock: PlaybackClock;
  private readonly diagnostics: DiagnosticsCollector;
  private checkpoints: CheckpointIndex | null = null;
  private readonly planner: FramePlanner;
  private readonly createCheckpoints: () => CheckpointIndex | null;
  private readonly images: CanvasImageCache;
  private readonly scheduler: FrameScheduler;
  private readonly state;
  private destroyed = false;
  private canvasesPresentedAt = -Infinity;
  private readonly seeks: SeekQueue;

  constructor(input: Recording, options: CreateReplayerOptions) {
    this.diagnostics = new DiagnosticsCollector(input.diagnostics);
    // Everything below reads only sanitized events: frames, checkpoints,
    // recorded-event listeners and insights. The first frame sanitizes
    // what it shows, and the rest is sanitized after it is painted.
    this.events = new SanitizedEvents(input, options, (findings) => {
      for (const finding of findings) this.diagnostics.set(finding);
    });
    this.duration = input.duration;
    this.timeline = new Timeline(input, this.events);
    this.recordedEvents = new RecordedEventEmitter(this.timeline);
    const speed = clampSpeed(options.speed ?? 1);
    this.logger = createOnceLogger(options.logger);

    this.state = createStateContainer<ReplayerState>({
      status: 'paused',
      currentTime: 0,
      duration: input.duration,
      speed,
      viewport: { width: 1024, height: 768 },
      scale: 1,
      href: '',
      pointer: null,
      lastInteraction: null,
      indexProgress: options.checkpoints === false ? 1 : 0,
      skipInactive: options.skipInactive ?? false,
      inactivePeriods: [],
      insights: null,
      diagnostics: this.diagnostics.list(),
      error: null,
    });

    const policy = contentSecurityPolicy(options.assets ?? 'none');
    this.frame = new ReplayFrame(options.root, policy, (scale) =>
      this.state.setState({ scale }),
    );
    this.frame.prepareBlankDocument();
    this.images = createCanvasImageCache(this.frame.window!);
    const styles = createStyleCache();
    this.builder = new FrameBuilder(
      this.frame,
      this.timeline,
      this.diagnostics,
      this.images,
      styles,
    );
    this.scheduler = options.scheduler ?? browserScheduler;
    this.background = new BackgroundPass(
      this.events,
      createRecordingAnalyzer(input, options.insights),
      this.images,
      this.scheduler,
      {
        onSlice: () => this.publishDiagnostics(),
        onDone: () => this.onAllEventsRead(),
      },
    );
    // Canvas commands draw decoded images synchronously, so a seek waits
    // for the images of the events up to its target.
    this.seeks = new SeekQueue(
      this.scheduler,
      (time) => this.background.prepare(this.timeline.countUntil(time)),
      (time) => this.buildSeek(time),
      [() => this.builder.updateStyle(), () => this.builder.flushScrolls()],
    );
    this.planner = new FramePlanner(
      this.timeline,
      this.builder,
      this.scheduler,
    );
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
            styles,
            checkpointOptions,
          );
    // Sanitizing and analysing the rest, decoding canvas images (after the
    // policy is in place, which blocks remote ones) and indexing start
    // once the first frame is painted, so they delay neither its building
    // nor its paint.
    this.afterNextPaint(() => this.background.start());
    for (const diagnostic of input.diagnostics) {
      this.logger.warn(diagnostic.message);
    }
  }

  /** The sanitized recording. Reading it sanitizes what is left first. */
  get recording(): Recording {
    return this.events.recording();
  }

  /**
   * Logs what sanitizing changed, then finishes the insights and, once
   * the canvas images are decoded, starts indexing, each in a task of
   * its own.
   */
  private onAllEventsRead(): void {
    for (const finding of this.events.findings()) {
      this.logger.warn(finding.message);
    }
    this.scheduler.postTask(() => {
      if (!this.destroyed) void this.insights;
    });
    void this.images.ready.then(() =>
      this.scheduler.postTask(() => this.onImagesReady()),
    );
  }

  private publishDiagnostics(): void {
    if (this.diagnostics.takeChanges()) {
      this.state.setState({ diagnostics: this.allDiagnostics() });
    }
  }

  get document(): Document {
    return this.frame.document;
  }

  /**
   * Runs `callback` in a task after the next rendering update: a task
   * posted from an animation frame callback runs after that frame is
   * painted. In a hidden page, which renders no frames, it waits until the
   * page is shown.
   */
  private afterNextPaint(callback: () => void): void {
    this.scheduler.requestFrame(() => this.scheduler.postTask(callback));
  }

  get pointerTrack() {
    return this.timeline.pointer;
  }

  /**
   * Found in background tasks after the first frame, so analysing a long
   * recording never delays it. Reading it earlier analyses the events
   * left at once.
   */
  get insights(): RecordingInsights {
    if (!this.computedInsights) {
      this.computedInsights = this.background.finishInsights();
      this.state.setState({
        inactivePeriods: this.computedInsights.inactivePeriods,
        insights: this.computedInsights,
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
    this.planner.checkpoints = this.checkpoints;
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

  seek(timeMs: number): Promise<void> {
    // A failed replayer has no frame to build; a destroyed one has closed
    // its queue, which resolves at once.
    if (this.state.getState().status === 'error') return Promise.resolve();
    return this.seeks.request(clampTime(timeMs, this.duration));
  }

  /**
   * Builds the DOM of a seek's frame. `SeekQueue` then sets the pending
   * scroll offsets, in this task or, for a long seek, in a later one.
   */
  private buildSeek(time: number): void {
    this.buildFrame(time, true);
    this.clock.currentTime = time;
    if (this.state.getState().status === 'ended') {
      this.state.setState({ status: 'paused' });
    }
  }

  setSkipInactive(skip: boolean): void {
    this.state.setState({ skipInactive: skip });
  }

  onEvent(listener: RecordedEventListener): () => void {
    return this.recordedEvents.add(listener);
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
    this.background.stop();
    this.checkpoints?.destroy();
    this.images.close();
    this.frame.destroy();
    this.state.clear();
    this.recordedEvents.clear();
    this.seeks.close();
  }

  private tick(time: number): void {
    const { duration } = this;
    const skipTo = this.skipTarget(time);
    if (skipTo !== null) {
      this.clock.currentTime = skipTo;
      this.render(skipTo, true);
      return;
    }
    if (time < duration) {
      this.recordedEvents.emitUntil(this.builder.appliedCount, time);
      const backlog =
        this.timeline.countUntil(time) - this.builder.appliedCount;
      this.render(time, backlog > MAX_EVENTS_PER_TICK);
      return;
    }

    this.clock.stop();
    this.recordedEvents.emitUntil(this.builder.appliedCount, duration);
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

  /** Brings the document to playback time `time` and publishes state. */
  private render(time: number, sync: boolean): void {
    this.buildFrame(time, sync);
    this.builder.flushScrolls();
  }

  /**
   * Like `render`, but scroll offsets of a sync build stay pending until
   * `builder.flushScrolls()`.
   */
  private buildFrame(time: number, sync: boolean): void {
    try {
      this.planner.moveTo(time, sync);
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
}
