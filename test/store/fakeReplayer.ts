import { vi } from 'vitest';
import type {
  Replayer,
  ReplayerListener,
  ReplayerOptions,
  ReplayerState,
} from '../../src/engine/types';
import type { Recording } from '../../src/events/types';
import { Timeline } from '../../src/engine/timeline';
import { analyzeRecording } from '../../src/insights';
import { createIdleState } from '../../src/store/createReplayStore';

/**
 * A stand-in for the engine with the same interface: its state changes
 * only through its methods and `emit`, so component tests control every
 * tick. The methods are spies.
 */
export interface FakeReplayer extends Replayer {
  /** Changes the state and notifies listeners, like an engine tick. */
  emit(patch: Partial<ReplayerState>): void;
  /** The root element the fake was created with. */
  readonly root: HTMLElement | null;
  readonly listenerCount: number;
}

export function createFakeReplayer(
  recording: Recording,
  options: Partial<ReplayerOptions> = {},
): FakeReplayer {
  // The fake has found the insights before its first state, as a real
  // engine has once its background analysis is done.
  const insights = analyzeRecording(recording);
  let state = createIdleState({
    insights,
    duration: recording.duration,
    speed: options.speed ?? 1,
    viewport: { width: 1280, height: 720 },
  });
  const listeners = new Set<ReplayerListener>();

  const emit = (patch: Partial<ReplayerState>): void => {
    const previous = state;
    state = { ...state, ...patch };
    for (const listener of listeners) listener(state, previous);
  };

  return {
    recording,
    root: options.root ?? null,
    get listenerCount() {
      return listeners.size;
    },
    get document(): Document {
      return document.implementation.createHTMLDocument('');
    },
    get iframe(): HTMLIFrameElement {
      return document.createElement('iframe');
    },
    emit,
    play: vi.fn(() => emit({ status: 'playing' })),
    pause: vi.fn(() => emit({ status: 'paused' })),
    seek: vi.fn(async (timeMs: number) => emit({ currentTime: timeMs })),
    setSpeed: vi.fn((speed: number) => emit({ speed })),
    setSkipInactive: vi.fn((skip: boolean) => emit({ skipInactive: skip })),
    onEvent: () => () => undefined,
    insights,
    pointerTrack: new Timeline(recording).pointer,
    getNode: () => null,
    getState: () => state,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    destroy: vi.fn(() => listeners.clear()),
  };
}

/** Creates a `<ReplayProvider createReplayer>` factory that keeps its fakes. */
export function fakeEngine() {
  const instances: FakeReplayer[] = [];
  const factory = vi.fn((recording: Recording, options: ReplayerOptions) => {
    const replayer = createFakeReplayer(recording, options);
    instances.push(replayer);
    return replayer;
  });
  const latest = (): FakeReplayer => {
    const replayer = instances.at(-1);
    if (!replayer) throw new Error('No replayer was created.');
    return replayer;
  };
  return { factory, instances, latest };
}

/** Returns a parsed recording of `durationMs` with no page in it. */
export function recordingOf(durationMs: number): Recording {
  return {
    events: [],
    startTime: 1_000,
    endTime: 1_000 + durationMs,
    duration: durationMs,
    diagnostics: [],
  };
}
