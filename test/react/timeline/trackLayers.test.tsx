import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { areaPath } from '../../../src/react/timeline/ActivityGraph';
import { slider } from '../timelineSlider';
import { renderTimeline, stubTrackWidth } from './renderTimeline';

afterEach(() => vi.unstubAllGlobals());

/** The checkout recording's inactive periods, in ms. */
const PERIODS = [
  { start: 0, end: 10_000, duration: 10_000 },
  { start: 10_000, end: 50_000, duration: 40_000 },
];

function inactiveBands(): HTMLElement[] {
  return [
    ...document.querySelectorAll<HTMLElement>('.reprise-timeline__inactive'),
  ];
}

describe('Timeline activity graph', () => {
  it('draws activity behind the track, hidden from assistive tech', () => {
    renderTimeline();

    const graph = document.querySelector('.reprise-timeline__activity');
    expect(graph).toHaveAttribute('aria-hidden', 'true');
    const interactions = graph?.querySelector(
      '.reprise-timeline__interactions',
    );
    expect(interactions?.getAttribute('d')).toMatch(/^M0 100L.*Z$/);
  });

  it('scales each bucket by the square root of its share', () => {
    // Buckets of 1 s over 4 s: counts 0, 4, 1, 0 of a maximum of 4.
    const path = areaPath([0, 4, 1, 0], 1000, 4000);

    expect(path).toBe(
      'M0 100L0 100L250 100L250 0L500 0L500 50L750 50L750 100L1000 100' +
        'L1000 100Z',
    );
  });

  it('draws nothing for a recording without activity', () => {
    expect(areaPath([0, 0, 0], 1000, 3000)).toBe('');
  });
});

describe('Timeline inactive periods', () => {
  it('shades them, marked skipped while skipping is on', () => {
    stubTrackWidth(400);
    const { engine } = renderTimeline();
    act(() =>
      engine.latest().emit({ inactivePeriods: PERIODS, skipInactive: true }),
    );

    const bands = inactiveBands();
    expect(bands).toHaveLength(2);
    expect(bands[1]?.style.left).toBe('10%');
    expect(bands[1]?.style.width).toBe('40%');
    expect(bands[1]).toHaveClass('reprise-timeline__inactive--skipped');
    // 40 px is too narrow for the word; 160 px is wide enough.
    expect(bands[0]).toHaveTextContent('');
    expect(bands[1]).toHaveTextContent('skipped');

    act(() => engine.latest().emit({ skipInactive: false }));
    expect(inactiveBands()[1]).not.toHaveClass(
      'reprise-timeline__inactive--skipped',
    );
    expect(screen.queryByText('skipped')).toBeNull();
  });
});

describe('Timeline hover preview', () => {
  it('follows a mouse over the track with the time', async () => {
    renderTimeline();
    const track = slider();

    fireEvent.pointerMove(track, { clientX: 300, pointerType: 'mouse' });
    // Floating UI positions the label in a microtask.
    await act(async () => {});
    expect(screen.getByText('0:50')).toHaveClass('reprise-time-preview');

    fireEvent.pointerMove(track, { clientX: 480, pointerType: 'mouse' });
    await act(async () => {});
    expect(screen.getByText('1:35')).toHaveClass('reprise-time-preview');

    fireEvent.pointerLeave(track);
    expect(document.querySelector('.reprise-time-preview')).toBeNull();
  });

  it('shows nothing for touch', () => {
    renderTimeline();

    fireEvent.pointerMove(slider(), { clientX: 300, pointerType: 'touch' });

    expect(document.querySelector('.reprise-time-preview')).toBeNull();
  });
});

describe('Timeline slider keys', () => {
  it('leaves Shift + arrows to the player shortcuts', () => {
    const { engine } = renderTimeline();

    const handled = !fireEvent.keyDown(slider(), {
      key: 'ArrowRight',
      shiftKey: true,
    });

    expect(handled).toBe(false);
    expect(engine.latest().seek).not.toHaveBeenCalled();
  });
});
