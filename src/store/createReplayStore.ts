import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import type { Replayer, ReplayerState } from '../engine/types';
import type { RecordingInsights } from '../insights';

/**
 * Actions a player UI calls. Until a replayer is connected, `play`,
 * `pause` and `togglePlay` do nothing and `seek` only moves the idle time.
 */
export interface ReplayActions {
  play(): void;
  pause(): void;
  /** Pauses while playing; otherwise plays, from 0 when at the end. */
  togglePlay(): void;
  /**
   * Moves playback to `timeMs` (ms from the recording start, clamped to
   * the recording). Resolves once the frame is built; a failed seek shows
   * as the error state instead of rejecting.
   */
  seek(timeMs: number): Promise<void>;
  /** Playback rate; kept across reconnects and applied when idle. */
  setSpeed(speed: number): void;
  /** Jumping over inactive periods; kept across reconnects. */
  setSkipInactive(skip: boolean): void;
  /** Sets the insights of the recording being shown. */
  setInsights(insights: RecordingInsights | null): void;
  /** Mirrors `replayer` until the returned disconnect function is called. */
  connect(replayer: Replayer): () => void;
  /** Shows `error`, for example a recording that could not be parsed. */
  fail(error: Error): void;
  /** Returns to the idle state described by `idle`, keeping the speed. */
  reset(idle?: Partial<ReplayerState>): void;
}

/** The store's state: a mirror of `ReplayerState` plus the actions. */
export interface ReplayStoreState extends ReplayerState, ReplayActions {
  /** The connected engine; null while idle. */
  replayer: Replayer | null;
}

export type ReplayStore = StoreApi<ReplayStoreState>;

/** State shown before any replayer is connected. */
export function createIdleState(
  idle: Partial<ReplayerState> = {},
): ReplayerState {
  return {
    status: 'paused',
    currentTime: 0,
    duration: 0,
    speed: 1,
    viewport: { width: 0, height: 0 },
    scale: 1,
    href: '',
    pointer: null,
    lastInteraction: null,
    indexProgress: 0,
    skipInactive: false,
    inactivePeriods: [],
    insights: null,
    diagnostics: [],
    error: null,
    ...idle,
  };
}

/**
 * Creates one player's store. Each `<ReplayProvider>` owns one, so
 * several players on a page never share state.
 */
export function createReplayStore(
  initial: Partial<ReplayerState> = {},
): ReplayStore {
  let idle = createIdleState(initial);
  let detach: (() => void) | null = null;
  // Seeks sent to `replayer` and not yet resolved, and the latest target.
  let pending = { replayer: null as Replayer | null, count: 0, target: 0 };

  return createStore<ReplayStoreState>()((set, get) => {
    const toIdle = (): void => {
      const { speed, skipInactive } = get();
      set({ ...idle, speed, skipInactive, replayer: null });
    };

    const clamp = (timeMs: number): number =>
      Math.min(Math.max(0, timeMs), get().duration);

    // Until a seek resolves, engine updates (ticks, indexing progress)
    // carry the time from before it. The store keeps the target instead,
    // so the handle does not jump back and key steps start from it.
    const mirror = (replayer: Replayer, state: ReplayerState): void => {
      const seeking = pending.replayer === replayer && pending.count > 0;
      set(seeking ? { ...state, currentTime: pending.target } : state);
    };

    const settle = (replayer: Replayer): void => {
      if (pending.replayer !== replayer) return;

      pending.count -= 1;
      if (pending.count > 0 || get().replayer !== replayer) return;
      set({ currentTime: replayer.getState().currentTime });
    };

    return {
      ...idle,
      replayer: null,

      setInsights: (insights) => set({ insights }),

      setSkipInactive: (skip) => {
        const { replayer } = get();
        if (replayer) replayer.setSkipInactive(skip);
        else set({ skipInactive: skip });
      },

      play: () => get().replayer?.play(),

      pause: () => get().replayer?.pause(),

      togglePlay: () => {
        const { replayer, status } = get();
        if (!replayer) return;
        if (status === 'playing') return replayer.pause();
        if (status !== 'ended') return replayer.play();
        void get()
          .seek(0)
          .then(() => replayer.play());
      },

      seek: async (timeMs) => {
        const target = clamp(timeMs);
        const { replayer } = get();

        // Shown at once, so keyboard steps build on the requested time
        // even before the engine reports the built frame.
        set({ currentTime: target });
        if (!replayer) return;

        if (pending.replayer !== replayer) {
          pending = { replayer, count: 0, target };
        }
        pending.count += 1;
        pending.target = target;
        try {
          await replayer.seek(target);
        } catch (error) {
          if (get().replayer === replayer && get().error === null) {
            get().fail(toError(error));
          }
        } finally {
          settle(replayer);
        }
      },

      setSpeed: (speed) => {
        const { replayer } = get();
        if (replayer) replayer.setSpeed(speed);
        else set({ speed });
      },

      connect: (replayer) => {
        detach?.();
        replayer.setSkipInactive(get().skipInactive);
        set({ ...replayer.getState(), replayer });
        const unsubscribe = replayer.subscribe((state) =>
          mirror(replayer, state),
        );

        const disconnect = (): void => {
          unsubscribe();
          if (detach === disconnect) detach = null;
          if (get().replayer === replayer) toIdle();
        };
        detach = disconnect;
        return disconnect;
      },

      fail: (error) => set({ status: 'error', error }),

      reset: (next = {}) => {
        detach?.();
        idle = createIdleState(next);
        toIdle();
      },
    };
  });
}

function toError(value: unknown): Error {
  return value instanceof Error ? value : new Error(String(value));
}
