import type { FrameScheduler } from './clock';

/**
 * Maximum time a seek waits for `before` (canvas images decoding), in ms. An
 * image fetched from a slow or stalled server under an asset policy that
 * loads images must not hold every seek; after this, the frame is built
 * without the images still pending.
 */
export const MAX_SEEK_WAIT_MS = 5_000;

/**
 * Expected time of a whole seek, in ms, from which its steps are split
 * over several tasks. Each split step waits for a task, which delays a
 * quick seek for nothing.
 */
export const SPLIT_SEEK_MS = 25;

/**
 * Runs seeks in a task of their own and builds only the latest target of
 * the seeks requested meanwhile: while a user drags the scrubber, the
 * frame follows the pointer instead of a queue of stale targets.
 *
 * `build` makes the DOM in that task. For a restored page, building,
 * style and layout each cost about as much, so one task doing all three
 * could block the main thread for over 50 ms. So when a seek is expected
 * to take `SPLIT_SEEK_MS` or more, each step in `finish` (style, then
 * layout) runs in the next task or the next animation frame, whichever
 * comes first. Once a frame has started, the remaining steps run in it,
 * so it never paints a half-finished seek. A quicker seek runs only the
 * last step, at once: the steps before it only bring forward work that
 * the browser does when it next renders. Every caller's promise resolves
 * once the last step has run.
 */
export class SeekQueue {
  private target = 0;
  private scheduled = false;
  private waiters: (() => void)[] = [];
  private closed = false;
  /**
   * Expected time of the `finish` steps of one seek, in ms. It rises at
   * once after a slow seek and falls back gradually after quick ones.
   */
  private finishMs = SPLIT_SEEK_MS / 2;

  /**
   * @param before resolves when a seek to the given time may run (its
   *   canvas images decoded)
   * @param build builds the frame for a playback time, in ms
   * @param finish the steps that follow `build`, in order; all but the
   *   last only bring forward work the browser would do when it renders
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
    const started = this.scheduler.now();
    this.build(this.target);
    const buildMs = this.scheduler.now() - started;
    if (buildMs + this.finishMs < SPLIT_SEEK_MS) {
      this.learnFinish(this.timeSteps(this.finish.slice(-1)));
      resolveAll();
    } else {
      this.runSteps(this.finish, resolveAll);
    }
  }

  private learnFinish(ms: number): void {
    this.finishMs = Math.max(ms, this.finishMs * 0.8 + ms * 0.2);
  }

  /** Runs `steps` in this task and returns how long they took, in ms. */
  private timeSteps(steps: readonly (() => void)[]): number {
    const started = this.scheduler.now();
    for (const step of steps) step();
    return this.scheduler.now() - started;
  }

  /**
   * Runs `steps` one per task. Once a frame runs one, the rest run at once
   * in that frame.
   *
   * @param spentMs time the seek's steps before these took
   */
  private runSteps(
    steps: readonly (() => void)[],
    done: () => void,
    spentMs = 0,
  ): void {
    const [step, ...rest] = steps;
    if (!step) {
      this.learnFinish(spentMs);
      done();
      return;
    }

    this.beforeNextFrameOrTask((inFrame) => {
      if (this.closed) {
        done();
        return;
      }
      const spent = spentMs + this.timeSteps(inFrame ? steps : [step]);
      this.runSteps(inFrame ? [] : rest, done, spent);
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
