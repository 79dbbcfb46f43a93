import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReplayPlayer } from '../../src/react/ReplayPlayer';
import type { ReplayPlayerProps } from '../../src/react/ReplayPlayer';
import { fakeEngine } from '../store/fakeReplayer';
import {
  CHECKOUT,
  CHECKOUT_IDS,
  checkoutRecording,
} from './timeline/checkoutRecording';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

type Props = Partial<Omit<ReplayPlayerProps, 'createReplayer' | 'events'>>;

function renderLinked(props: Props = {}) {
  const engine = fakeEngine();
  const result = render(
    <ReplayPlayer
      events={checkoutRecording()}
      createReplayer={engine.factory}
      {...props}
    />,
  );
  return { ...result, replayer: engine.latest() };
}

describe('deep link props', () => {
  it('open 2 s before the error of initialErrorId', () => {
    const { replayer } = renderLinked({ initialErrorId: CHECKOUT_IDS.error });

    expect(replayer.seek).toHaveBeenCalledTimes(1);
    expect(replayer.seek).toHaveBeenCalledWith(CHECKOUT.error - 2_000);
    expect(screen.getByRole('slider')).toHaveAttribute(
      'aria-valuetext',
      '1:18 of 1:40',
    );
  });

  it('highlight the marker of initialErrorId', () => {
    renderLinked({ initialErrorId: CHECKOUT_IDS.rage });
    const toolbar = screen.getByRole('toolbar', { name: 'Markers' });

    const rage = within(toolbar).getByRole('button', { name: /^Rage click/ });
    expect(rage).toHaveAttribute('aria-current', 'true');
    expect(rage).toHaveClass('reprise-marker--highlighted');
    expect(rage).toHaveAttribute('tabindex', '0');
    const others = within(toolbar)
      .getAllByRole('button')
      .filter((button) => button !== rage);
    for (const other of others) {
      expect(other).not.toHaveAttribute('aria-current');
    }
  });

  it('accept the id of any insight, and win over initialTime', () => {
    const { replayer } = renderLinked({
      initialErrorId: CHECKOUT_IDS.custom,
      initialTime: 5_000,
    });

    expect(replayer.seek).toHaveBeenCalledTimes(1);
    expect(replayer.seek).toHaveBeenCalledWith(CHECKOUT.custom - 2_000);
  });

  it('open at initialTime', () => {
    const { replayer } = renderLinked({ initialTime: 83_500 });

    expect(replayer.seek).toHaveBeenCalledWith(83_500);
    expect(screen.getByRole('slider')).toHaveAttribute(
      'aria-valuenow',
      '83500',
    );
  });

  it('fall back to initialTime for an unknown id, with a warning', () => {
    const warn = vi.fn();
    const { replayer } = renderLinked({
      initialErrorId: 'console-999',
      initialTime: 40_000,
      replayerOptions: { logger: { warn } },
    });

    expect(replayer.seek).toHaveBeenCalledWith(40_000);
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining('No marker or insight has the id "console-999"'),
    );
  });

  it('tell the viewer when the linked marker is missing', () => {
    renderLinked({ initialErrorId: 'console-999' });

    expect(screen.getByRole('status')).toHaveTextContent(
      'The link points at console-999, which this recording does not have',
    );
  });

  it('say nothing when the linked marker exists', () => {
    renderLinked({ initialErrorId: CHECKOUT_IDS.error });

    expect(screen.queryByText(/The link points at/)).toBeNull();
  });

  it('ignore an invalid initialTime', () => {
    for (const initialTime of [-1, Number.NaN, Infinity]) {
      const { replayer, unmount } = renderLinked({ initialTime });
      expect(replayer.seek).not.toHaveBeenCalled();
      unmount();
    }
  });
});

describe('onTimeChange', () => {
  it('reports a seek at once', () => {
    const onTimeChange = vi.fn();
    renderLinked({ onTimeChange });

    fireEvent.keyDown(screen.getByRole('slider'), { key: 'End' });

    expect(onTimeChange).toHaveBeenCalledTimes(1);
    expect(onTimeChange).toHaveBeenLastCalledWith(CHECKOUT.duration);
  });

  it('reports the deep link position', () => {
    const onTimeChange = vi.fn();
    renderLinked({ onTimeChange, initialErrorId: CHECKOUT_IDS.error });

    expect(onTimeChange).toHaveBeenLastCalledWith(CHECKOUT.error - 2_000);
  });

  it('reports at most 4 times a second while playing', () => {
    vi.useFakeTimers();
    const onTimeChange = vi.fn();
    const { replayer } = renderLinked({ onTimeChange });
    act(() => replayer.play());

    // 2 s of 60 frames a second.
    for (let frame = 1; frame <= 120; frame++) {
      act(() => {
        vi.advanceTimersByTime(1000 / 60);
        replayer.emit({ currentTime: (frame * 1000) / 60 });
      });
    }
    act(() => void vi.advanceTimersByTime(1_000));

    const calls = onTimeChange.mock.calls.map(([time]) => time as number);
    expect(calls.length).toBeGreaterThanOrEqual(7);
    expect(calls.length).toBeLessThanOrEqual(9);
    expect(calls.at(-1)).toBeCloseTo(2_000);
  });

  it('always reports the time reached by a seek', () => {
    vi.useFakeTimers();
    const onTimeChange = vi.fn();
    const { replayer } = renderLinked({ onTimeChange });
    const slider = screen.getByRole('slider');

    act(() => replayer.emit({ currentTime: 1_000 }));
    fireEvent.keyDown(slider, { key: 'ArrowRight' });
    fireEvent.keyDown(slider, { key: 'ArrowRight' });
    expect(onTimeChange).toHaveBeenLastCalledWith(1_000);

    act(() => void vi.advanceTimersByTime(250));
    expect(onTimeChange).toHaveBeenLastCalledWith(11_000);
    expect(onTimeChange).toHaveBeenCalledTimes(2);
  });
});
