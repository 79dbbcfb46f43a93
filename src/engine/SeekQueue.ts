import type { FrameScheduler } from './clock';

/**
 * Maximum time a seek waits for `before` (canvas images decoding), in ms. An
 * image fetched from a slow or stalled server under an asset policy that
 * loads images must not hold every seek; after this, the frame is built
 * without the images still pending.
 */
export const MAX_SEEK_WAIT_MS = 5_000;

/**
 * Runs seeks in a task of their own and builds only the latest target of
 * the seeks requested meanwhile: while a user drags the scrubber, the
 * frame follows the pointer instead of a queue of stale targets. Every
 * caller's promise resolves once that frame is built.
 */
export class SeekQueue {
  private target = 0;
  private scheduled = false;
  private waiters: (() => void)[] = [];
  private closed = false;

  /**
   * @param before resolves when a seek to the given time may run (its
   *   canvas images decoded)
   * @param build builds the frame for a playback time, in ms
   */
  constructor(
    private readonly scheduler: FrameScheduler,
    private readonly before: (time: number) => Promise<void>,
    private readonly build: (time: number) => void,
  ) {}

  request(time: number): Promise<void> {
    if (this.closed) return Promise.resolve();

    this.target = time;
    const done = new Promise<void>((resolve) => this.waiters.push(resolve));
    if (!this.scheduled) {
      this.scheduled = true;
      this.scheduler.postTask(() => {
        void withTimeout(this.before(this.target), MAX_SEEK_WAIT_MS).then(() =>
          this.run(),
        );
      });
    }
    return done;
  }

  /** Resolves every pending seek without building, and accepts no more. */
  close(): void {
    this.closed = true;
    for (const resolve of this.waiters.splice(0)) resolve();
  }

  private run(): void {
    this.scheduled = false;
    const waiters = this.waiters;
    this.waiters = [];
    if (!this.closed) this.build(this.target);
    for (const resolve of waiters) resolve();
  }
}

/** Resolves when `promise` settles or after `ms`, whichever is first. */
function withTimeout(promise: Promise<void>, ms: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
