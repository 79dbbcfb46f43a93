import type {
  BenchPlayer,
  LoadResult,
  PlaybackResult,
  PlayerFactory,
  SeekPassResult,
} from './BenchPlayer';
import { countFrames, observeLongTasks, settle, sleep } from './longTasks';

/** The measurements the Node runner calls through `window.benchHarness`. */
export interface Harness {
  /** Fetches and parses a recording's JSON; keeps the events array. */
  load(url: string): Promise<LoadResult>;
  /**
   * Creates the player from the loaded events; returns ms until its first
   * frame is built, laid out and painted.
   */
  firstFrame(): Promise<number>;
  /**
   * Seeks to each target in order and returns the time of each until the
   * frame is built. Stops early once `budgetMs` of wall time is used.
   */
  seekPass(targets: number[], budgetMs: number): Promise<SeekPassResult>;
  /** Plays from `startMs` at `speed` for `wallMs` of wall time. */
  playback(
    startMs: number,
    speed: number,
    wallMs: number,
  ): Promise<PlaybackResult>;
  /** Waits for the player's background indexing; returns ms waited. */
  ready(): Promise<number>;
  duration(): number;
  problems(): string[];
  /** Destroys the player; the loaded events stay for the next one. */
  destroy(): void;
}

declare global {
  interface Window {
    benchHarness?: Harness;
  }
}

/** Installs the harness for one engine on `window.benchHarness`. */
export function installHarness(factory: PlayerFactory): void {
  let events: unknown[] = [];
  let player: BenchPlayer | null = null;
  const root = createRoot();
  const current = (): BenchPlayer => {
    if (!player) throw new Error('firstFrame() must run first.');
    return player;
  };

  window.benchHarness = {
    async load(url) {
      const text = await (await fetch(url)).text();
      const start = performance.now();
      events = unwrapEvents(JSON.parse(text));
      return { events: events.length, parseMs: performance.now() - start };
    },
    async firstFrame() {
      const start = performance.now();
      player = await factory(events, root);
      forceLayout(player.document());
      await nextPaint();
      return performance.now() - start;
    },
    seekPass: (targets, budgetMs) => seekPass(current(), targets, budgetMs),
    playback: (startMs, speed, wallMs) =>
      playback(current(), startMs, speed, wallMs),
    async ready() {
      const start = performance.now();
      await current().ready();
      return performance.now() - start;
    },
    duration: () => current().duration,
    problems: () => current().problems(),
    destroy() {
      player?.destroy();
      player = null;
    },
  };
}

async function seekPass(
  player: BenchPlayer,
  targets: number[],
  budgetMs: number,
): Promise<SeekPassResult> {
  await settle();
  const stop = observeLongTasks();
  const samples: number[] = [];
  const passStart = performance.now();

  for (const target of targets) {
    if (performance.now() - passStart > budgetMs) break;
    const start = performance.now();
    await player.seek(target);
    samples.push(performance.now() - start);
    // Layout runs in the same task, so a long task includes showing the
    // frame; the seek time above stops when the frame is built.
    forceLayout(player.document());
    await settle();
  }
  return { samples, planned: targets.length, longTasks: stop() };
}

async function playback(
  player: BenchPlayer,
  startMs: number,
  speed: number,
  wallMs: number,
): Promise<PlaybackResult> {
  await player.seek(startMs);
  forceLayout(player.document());
  await settle();
  player.play(speed);
  // The first play() call may seek (rrweb does), which is not playback.
  await sleep(0);

  const stop = observeLongTasks();
  const stopFrames = countFrames();
  const wallStart = performance.now();
  const timeStart = player.currentTime();
  await sleep(wallMs);

  const advancedMs = player.currentTime() - timeStart;
  const elapsed = performance.now() - wallStart;
  const frames = stopFrames();
  player.pause();
  return {
    advancedMs,
    wallMs: elapsed,
    framesPerSecond: (frames * 1000) / elapsed,
    longTasks: stop(),
  };
}

/**
 * Resolves after the next frame is painted: the rendering update (style,
 * layout, paint) runs right after the animation frame callbacks, so a task
 * posted from one runs after the paint. The task is posted at the
 * scheduler's highest priority, where the browser has it, so background
 * work the engine queued in the same frame does not run before it.
 */
function nextPaint(): Promise<void> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      if (typeof scheduler !== 'undefined') {
        void scheduler.postTask(resolve, { priority: 'user-blocking' });
        return;
      }
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    }),
  );
}

function createRoot(): HTMLElement {
  const root = document.createElement('div');
  Object.assign(root.style, {
    position: 'relative',
    width: '1024px',
    height: '768px',
    overflow: 'hidden',
  });
  document.body.append(root);
  return root;
}

/** Reads layout so style and layout of the replayed frame are computed. */
function forceLayout(doc: Document | null): void {
  void doc?.documentElement?.getBoundingClientRect().height;
  void document.body.getBoundingClientRect().height;
}

function unwrapEvents(raw: unknown): unknown[] {
  if (Array.isArray(raw)) return raw;
  const wrapper = (raw ?? {}) as Record<string, unknown>;
  for (const key of ['rrweb_data', 'result', 'events']) {
    const value = wrapper[key];
    if (Array.isArray(value)) return value as unknown[];
  }
  throw new Error('No events array found in the recording.');
}
