import { describe, expect, it, vi } from 'vitest';
import { createReplayStore } from '../../src/store/createReplayStore';
import { createFakeReplayer, recordingOf } from './fakeReplayer';

const recording = recordingOf(60_000);

describe('createReplayStore before a replayer is connected', () => {
  it('holds a paused idle state at time 0', () => {
    const store = createReplayStore({ duration: 60_000 });
    const state = store.getState();

    expect(state.status).toBe('paused');
    expect(state.currentTime).toBe(0);
    expect(state.duration).toBe(60_000);
    expect(state.speed).toBe(1);
    expect(state.error).toBeNull();
    expect(state.replayer).toBeNull();
  });

  it('ignores play and keeps a chosen speed for later', () => {
    const store = createReplayStore();

    store.getState().play();
    store.getState().togglePlay();
    store.getState().setSpeed(4);

    expect(store.getState().status).toBe('paused');
    expect(store.getState().speed).toBe(4);
  });

  it('shows a failure as the error state', () => {
    const store = createReplayStore();
    const error = new Error('No full snapshot.');

    store.getState().fail(error);

    expect(store.getState().status).toBe('error');
    expect(store.getState().error).toBe(error);
  });
});

describe('createReplayStore connected to a replayer', () => {
  it('takes the replayer state at once and mirrors each change', () => {
    const store = createReplayStore();
    const replayer = createFakeReplayer(recording, { speed: 2 });
    replayer.emit({ currentTime: 1_500 });

    store.getState().connect(replayer);
    expect(store.getState().currentTime).toBe(1_500);
    expect(store.getState().speed).toBe(2);
    expect(store.getState().replayer).toBe(replayer);

    replayer.emit({ currentTime: 2_000, status: 'playing' });
    expect(store.getState().currentTime).toBe(2_000);
    expect(store.getState().status).toBe('playing');
  });

  it('sends actions to the replayer', () => {
    const store = createReplayStore();
    const replayer = createFakeReplayer(recording);
    store.getState().connect(replayer);

    store.getState().play();
    store.getState().pause();
    store.getState().setSpeed(8);

    expect(replayer.play).toHaveBeenCalledTimes(1);
    expect(replayer.pause).toHaveBeenCalledTimes(1);
    expect(replayer.setSpeed).toHaveBeenCalledWith(8);
    expect(store.getState().speed).toBe(8);
  });

  it('toggles between playing and paused', () => {
    const store = createReplayStore();
    const replayer = createFakeReplayer(recording);
    store.getState().connect(replayer);

    store.getState().togglePlay();
    expect(store.getState().status).toBe('playing');
    store.getState().togglePlay();
    expect(store.getState().status).toBe('paused');
  });

  it('restarts from 0 when play is toggled at the end', async () => {
    const store = createReplayStore();
    const replayer = createFakeReplayer(recording);
    store.getState().connect(replayer);
    replayer.emit({ status: 'ended', currentTime: 60_000 });

    store.getState().togglePlay();

    await vi.waitFor(() => expect(replayer.play).toHaveBeenCalled());
    expect(replayer.seek).toHaveBeenCalledWith(0);
    expect(store.getState().status).toBe('playing');
  });

  it('clamps seeks to the recording and shows the target at once', async () => {
    const store = createReplayStore();
    const replayer = createFakeReplayer(recording);
    replayer.seek = vi.fn(() => new Promise<void>(() => {}));
    store.getState().connect(replayer);

    void store.getState().seek(90_000);
    expect(replayer.seek).toHaveBeenLastCalledWith(60_000);
    expect(store.getState().currentTime).toBe(60_000);

    void store.getState().seek(-10);
    expect(replayer.seek).toHaveBeenLastCalledWith(0);
  });

  it('shows a pending seek target over older engine times', async () => {
    const store = createReplayStore();
    const replayer = createFakeReplayer(recording);
    let finish = (): void => {};
    replayer.seek = vi.fn(
      (timeMs: number) =>
        new Promise<void>((resolve) => {
          finish = () => {
            replayer.emit({ currentTime: timeMs });
            resolve();
          };
        }),
    );
    store.getState().connect(replayer);
    replayer.emit({ currentTime: 1_500 });

    const seeking = store.getState().seek(20_000);
    replayer.emit({ indexProgress: 0.5 });
    expect(store.getState().currentTime).toBe(20_000);
    expect(store.getState().indexProgress).toBe(0.5);

    finish();
    await seeking;
    replayer.emit({ currentTime: 20_016 });
    expect(store.getState().currentTime).toBe(20_016);
  });

  it('shows a failed seek as the error state instead of rejecting', async () => {
    const store = createReplayStore();
    const replayer = createFakeReplayer(recording);
    replayer.seek = vi.fn(() => Promise.reject(new Error('Frame failed.')));
    store.getState().connect(replayer);

    await expect(store.getState().seek(10)).resolves.toBeUndefined();

    expect(store.getState().status).toBe('error');
    expect(store.getState().error?.message).toBe('Frame failed.');
  });

  it('returns to idle and stops listening when disconnected', () => {
    const store = createReplayStore({ duration: 60_000 });
    const replayer = createFakeReplayer(recording);
    const disconnect = store.getState().connect(replayer);
    replayer.emit({ currentTime: 5_000, status: 'playing' });
    store.getState().setSpeed(2);

    disconnect();
    replayer.emit({ currentTime: 9_000 });

    expect(replayer.listenerCount).toBe(0);
    expect(store.getState().replayer).toBeNull();
    expect(store.getState().currentTime).toBe(0);
    expect(store.getState().status).toBe('paused');
    expect(store.getState().speed).toBe(2);
  });

  it('lets go of the first replayer when a second connects', () => {
    const store = createReplayStore();
    const first = createFakeReplayer(recording);
    const second = createFakeReplayer(recording);
    const disconnectFirst = store.getState().connect(first);

    store.getState().connect(second);
    first.emit({ currentTime: 3_000 });
    disconnectFirst();

    expect(first.listenerCount).toBe(0);
    expect(store.getState().replayer).toBe(second);
    second.emit({ currentTime: 4_000 });
    expect(store.getState().currentTime).toBe(4_000);
  });

  it('keeps two stores apart', () => {
    const one = createReplayStore();
    const two = createReplayStore();
    one.getState().connect(createFakeReplayer(recording));

    one.getState().setSpeed(16);

    expect(two.getState().speed).toBe(1);
    expect(two.getState().replayer).toBeNull();
  });
});
