import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { formatTime } from '../../src/react/formatTime';
import { TimeDisplay } from '../../src/react/TimeDisplay';
import { renderPlayer } from './renderPlayer';

describe('formatTime', () => {
  it('writes minutes and seconds under an hour', () => {
    expect(formatTime(0)).toBe('0:00');
    expect(formatTime(83_999)).toBe('1:23');
    expect(formatTime(225_000)).toBe('3:45');
    expect(formatTime(-5)).toBe('0:00');
  });

  it('writes hours once the time or the reference reaches one', () => {
    expect(formatTime(3_600_000)).toBe('1:00:00');
    expect(formatTime(47_935_800)).toBe('13:18:55');
    expect(formatTime(83_000, 6_201_200)).toBe('0:01:23');
  });
});

describe('TimeDisplay', () => {
  it('shows elapsed and total time as playback moves', () => {
    const { engine, container } = renderPlayer({
      durationMs: 225_000,
      children: <TimeDisplay />,
    });
    const display = container.querySelector('.reprise-player__time');
    expect(display).toHaveTextContent('0:00 / 3:45');

    act(() => engine.latest().emit({ currentTime: 83_400 }));

    expect(display).toHaveTextContent('1:23 / 3:45');
  });

  it('uses hours for long recordings', () => {
    renderPlayer({ durationMs: 6_201_200, children: <TimeDisplay /> });

    expect(screen.getByText('0:00:00 / 1:43:21')).toBeVisible();
  });
});
