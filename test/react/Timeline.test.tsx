import { act, fireEvent } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderPlayer } from './renderPlayer';
import { slider } from './timelineSlider';

const press = (element: HTMLElement, key: string) =>
  act(() => void fireEvent.keyDown(element, { key }));

describe('Timeline values', () => {
  it('describes the position in ms and in words', () => {
    const { engine } = renderPlayer({ durationMs: 225_000 });
    const timeline = slider();

    expect(timeline).toHaveAttribute('aria-valuemin', '0');
    expect(timeline).toHaveAttribute('aria-valuemax', '225000');
    expect(timeline).toHaveAttribute('aria-valuenow', '0');
    expect(timeline).toHaveAttribute('aria-valuetext', '0:00 of 3:45');

    act(() => engine.latest().emit({ currentTime: 83_400 }));

    expect(timeline).toHaveAttribute('aria-valuenow', '83400');
    expect(timeline).toHaveAttribute('aria-valuetext', '1:23 of 3:45');
  });

  it('is disabled for keys when the engine has failed', () => {
    const { engine } = renderPlayer();
    const replayer = engine.latest();
    act(() => replayer.emit({ status: 'error', error: new Error('Bad.') }));
    const timeline = slider();

    press(timeline, 'End');

    expect(timeline).toHaveAttribute('aria-disabled', 'true');
    expect(replayer.seek).not.toHaveBeenCalled();
  });
});

describe('Timeline keys', () => {
  it('steps 5 s with the arrow keys, within the recording', () => {
    const { engine } = renderPlayer({ durationMs: 225_000 });
    const seek = engine.latest().seek;
    const timeline = slider();

    press(timeline, 'ArrowRight');
    press(timeline, 'ArrowUp');
    expect(seek).toHaveBeenLastCalledWith(10_000);

    press(timeline, 'ArrowLeft');
    expect(seek).toHaveBeenLastCalledWith(5_000);
    press(timeline, 'ArrowDown');
    press(timeline, 'ArrowDown');
    expect(seek).toHaveBeenLastCalledWith(0);
    expect(timeline).toHaveAttribute('aria-valuetext', '0:00 of 3:45');
  });

  it('steps from the requested time while a seek is pending', () => {
    const { engine } = renderPlayer({ durationMs: 225_000 });
    const replayer = engine.latest();
    replayer.seek = vi.fn(() => new Promise<void>(() => {}));
    const timeline = slider();

    press(timeline, 'ArrowRight');
    act(() => replayer.emit({ indexProgress: 0.5 }));
    press(timeline, 'ArrowRight');

    expect(replayer.seek).toHaveBeenLastCalledWith(10_000);
    expect(timeline).toHaveAttribute('aria-valuenow', '10000');
  });

  it('jumps to the ends with Home and End', () => {
    const { engine } = renderPlayer({ durationMs: 225_000 });
    const timeline = slider();

    press(timeline, 'End');
    expect(engine.latest().seek).toHaveBeenLastCalledWith(225_000);
    expect(timeline).toHaveAttribute('aria-valuetext', '3:45 of 3:45');

    press(timeline, 'Home');
    expect(engine.latest().seek).toHaveBeenLastCalledWith(0);
  });

  it('moves a tenth of the recording with PageUp and PageDown', () => {
    const { engine } = renderPlayer({ durationMs: 200_000 });
    const timeline = slider();

    press(timeline, 'PageUp');
    press(timeline, 'PageUp');
    expect(engine.latest().seek).toHaveBeenLastCalledWith(40_000);

    press(timeline, 'PageDown');
    expect(engine.latest().seek).toHaveBeenLastCalledWith(20_000);
  });

  it('leaves other keys alone', () => {
    const { engine } = renderPlayer();

    press(slider(), 'a');

    expect(engine.latest().seek).not.toHaveBeenCalled();
  });
});
