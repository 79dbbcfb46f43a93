/** Source of time, animation frames and tasks; injectable for tests. */
export interface FrameScheduler {
  now(): number;
  requestFrame(callback: () => void): number;
  cancelFrame(handle: number): void;
  /** Runs `callback` in a new task, after the events already queued. */
  postTask(callback: () => void): void;
}

export const browserScheduler: FrameScheduler = {
  now: () => performance.now(),
  requestFrame: (callback) => requestAnimationFrame(callback),
  cancelFrame: (handle) => cancelAnimationFrame(handle),
  postTask: createTaskPoster(),
};

/**
 * A zero-delay task queue. `setTimeout(0)` is clamped to 4 ms after a few
 * nested calls, which would slow background work for no reason. A message
 * to a MessageChannel port is not clamped.
 */
function createTaskPoster(): (callback: () => void) => void {
  if (typeof MessageChannel === 'undefined') {
    return (callback) => setTimeout(callback, 0);
  }

  const queue: (() => void)[] = [];
  const channel = new MessageChannel();
  channel.port1.onmessage = () => queue.shift()?.();
  return (callback) => {
    queue.push(callback);
    channel.port2.postMessage(null);
  };
}

/**
 * Playback clock. While running, it calls `onTick` once per animation
 * frame with the playback time advanced by the wall time since the last
 * frame times the speed.
 */
export class PlaybackClock {
  private handle: number | null = null;
  private lastWallTime = 0;
  private time = 0;

  constructor(
    private readonly scheduler: FrameScheduler,
    private readonly onTick: (time: number) => void,
    public speed = 1,
  ) {}

  get running(): boolean {
    return this.handle !== null;
  }

  /** Playback time in ms. */
  get currentTime(): number {
    return this.time;
  }

  set currentTime(time: number) {
    this.time = time;
    this.lastWallTime = this.scheduler.now();
  }

  start(): void {
    if (this.handle !== null) return;
    this.lastWallTime = this.scheduler.now();
    this.handle = this.scheduler.requestFrame(this.frame);
  }

  stop(): void {
    if (this.handle === null) return;
    this.scheduler.cancelFrame(this.handle);
    this.handle = null;
  }

  private readonly frame = (): void => {
    const now = this.scheduler.now();
    this.time += (now - this.lastWallTime) * this.speed;
    this.lastWallTime = now;
    this.handle = this.scheduler.requestFrame(this.frame);
    this.onTick(this.time);
  };
}
