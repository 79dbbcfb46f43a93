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
 * frame follows the pointer instead of a queue of stale targets.
 *
 * `build` makes the DOM in that task. The steps in `finish`, such as
 * style and layout, each run in the next task or the next animation
 * frame, whichever comes first. For a restored page, building, style and
 * layout each cost about as much, so one task doing all three could block
 * the main thread for over 50 ms. Once a frame has started, the remaining
 * steps run in it, so it never paints a half-finished seek. Every
 * caller's promise resolves once the last step has run.
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
   * @param finish the steps that follow `build`, in order
   */
  constructor(
    private readonly scheduler: FrameScheduler,
    private readonly before: (time: number) => Promise<void>,
    private readonly build: (time: number) => void,
    private readonly finish: readonly (() => void)[],
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
    const resolveAll = () => {
      for (const resolve of waiters) resolve();
    };

    if (this.closed) {
      resolveAll();
      return;
    }
    this.build(this.target);
    this.runSteps(this.finish, resolveAll);
  }

  /**
   * Runs `steps` one per task. Once a frame runs one, the rest run at once
   * in that frame.
   */
  private runSteps(steps: readonly (() => void)[], done: () => void): void {
    const [step, ...rest] = steps;
    if (!step) {
      done();
      return;
    }

    this.beforeNextFrameOrTask((inFrame) => {
      if (this.closed) {
        done();
        return;
      }
      step();
      if (!inFrame) {
        this.runSteps(rest, done);
        return;
      }
      for (const next of rest) next();
      done();
    });
  }

  /**
   * Runs `callback` once, in the next task or the next animation frame,
   * whichever comes first. A hidden page renders no frames, so the task
   * is what runs it there.
   */
  private beforeNextFrameOrTask(callback: (inFrame: boolean) => void): void {
    let done = false;
    const runOnce = (inFrame: boolean) => {
      if (done) return;
      done = true;
      this.scheduler.cancelFrame(frame);
      callback(inFrame);
    };
    const frame = this.scheduler.requestFrame(() => runOnce(true));
    this.scheduler.postTask(() => runOnce(false));
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
