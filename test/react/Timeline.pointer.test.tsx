import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderPlayer } from './renderPlayer';
import { slider } from './timelineSlider';

/** Animation frames run only when a test calls `runFrame`. */
let frames = new Map<number, FrameRequestCallback>();
let nextFrame = 1;

beforeEach(() => {
  frames = new Map();
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
    frames.set(nextFrame, callback);
    return nextFrame++;
  });
  vi.stubGlobal('cancelAnimationFrame', (id: number) => frames.delete(id));
});

afterEach(() => {
  vi.unstubAllGlobals();
});

function runFrame(): void {
  const callbacks = [...frames.values()];
  frames.clear();
  act(() => callbacks.forEach((callback) => callback(performance.now())));
}

describe('Timeline pointer', () => {
  it('seeks once to the clicked point', () => {
    const { engine } = renderPlayer({ durationMs: 225_000 });
    const timeline = slider();

    fireEvent.pointerDown(timeline, { pointerId: 1, clientX: 300 });
    fireEvent.pointerUp(timeline, { pointerId: 1, clientX: 300 });

    expect(engine.latest().seek).toHaveBeenCalledTimes(1);
    expect(engine.latest().seek).toHaveBeenCalledWith(112_500);
    expect(timeline).toHaveAttribute('aria-valuenow', '112500');
    expect(timeline).toHaveFocus();
  });

  it('scrubs with at most one seek per animation frame', () => {
    const { engine } = renderPlayer({ durationMs: 225_000 });
    const seek = vi.mocked(engine.latest().seek);
    const timeline = slider();

    fireEvent.pointerDown(timeline, { pointerId: 7, clientX: 100 });
    expect(timeline.setPointerCapture).toHaveBeenCalledWith(7);

    for (const clientX of [150, 200, 250, 300]) {
      fireEvent.pointerMove(timeline, { pointerId: 7, clientX });
    }
    expect(seek).toHaveBeenCalledTimes(1);
    expect(timeline).toHaveAttribute('aria-valuenow', '112500');

    runFrame();
    expect(seek).toHaveBeenCalledTimes(2);
    expect(seek).toHaveBeenLastCalledWith(112_500);

    fireEvent.pointerMove(timeline, { pointerId: 7, clientX: 400 });
    runFrame();
    fireEvent.pointerUp(timeline, { pointerId: 7, clientX: 600 });
    fireEvent.pointerMove(timeline, { pointerId: 7, clientX: 200 });
    runFrame();

    expect(seek.mock.calls.map(([time]) => time)).toEqual([
      0, 112_500, 168_750, 225_000,
    ]);
  });

  it('pauses playback while dragging and resumes it after', async () => {
    const { engine } = renderPlayer();
    const replayer = engine.latest();
    act(() => replayer.play());
    const timeline = slider();

    fireEvent.pointerDown(timeline, { pointerId: 1, clientX: 200 });
    expect(replayer.getState().status).toBe('paused');

    fireEvent.pointerMove(timeline, { pointerId: 1, clientX: 260 });
    await act(async () => {
      fireEvent.pointerUp(timeline, { pointerId: 1, clientX: 260 });
    });

    expect(replayer.play).toHaveBeenCalledTimes(2);
    expect(replayer.getState().status).toBe('playing');
  });

  it('stays at the end when a playing replay is dragged there', async () => {
    const { engine } = renderPlayer({ durationMs: 225_000 });
    const replayer = engine.latest();
    act(() => replayer.play());
    const timeline = slider();

    fireEvent.pointerDown(timeline, { pointerId: 1, clientX: 300 });
    fireEvent.pointerMove(timeline, { pointerId: 1, clientX: 450 });
    await act(async () => {
      fireEvent.pointerUp(timeline, { pointerId: 1, clientX: 900 });
    });

    expect(replayer.seek).toHaveBeenLastCalledWith(225_000);
    expect(replayer.play).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button', { name: 'Play' })).toBeVisible();
  });

  it('ignores pointer moves without a press', () => {
    const { engine } = renderPlayer();

    fireEvent.pointerMove(slider(), { pointerId: 1, clientX: 300 });
    runFrame();

    expect(engine.latest().seek).not.toHaveBeenCalled();
  });
});
