import { describe, expect, it } from 'vitest';
import { findClicks } from '../../src/insights/clicks';
import { findRageClicks } from '../../src/insights/rageClicks';
import type { ReplayEvent } from '../../src/events/types';
import { click, element, page, recordingOf, start, text } from './build';

const node = page([element(10, 'button', {}, [text(11, 'Pay')])]);

function clicksOf(events: ReplayEvent[]) {
  return findClicks(recordingOf([...start(node), ...events]));
}

describe('findRageClicks', () => {
  it('flags 3 clicks each 1000 ms and 30 px from the previous', () => {
    const clicks = clicksOf([
      click(1000, 10, 100, 100),
      click(2000, 10, 130, 100),
      click(3000, 10, 130, 130),
    ]);
    const [rage, ...rest] = findRageClicks(clicks);

    expect(rest).toHaveLength(0);
    expect(rage).toMatchObject({
      id: 'rage-click-2',
      time: 1000,
      endTime: 3000,
      count: 3,
      reason: {
        thresholds: { minClicks: 3, maxInterval: 1000, maxDistance: 30 },
        clicks: [
          { time: 1000, x: 100, y: 100, interval: 0 },
          { time: 2000, x: 130, y: 100, interval: 1000, distance: 30 },
          { time: 3000, x: 130, y: 130, interval: 1000, distance: 30 },
        ],
      },
    });
    expect(rage?.reason.message).toBe(
      '3 clicks on button "Pay" in 2.0 s, each within 1000 ms and 30 px ' +
        'of the previous one.',
    );
  });

  it('does not flag a gap of 1001 ms', () => {
    const clicks = clicksOf([
      click(1000, 10),
      click(2000, 10),
      click(3001, 10),
    ]);
    expect(findRageClicks(clicks)).toEqual([]);
  });

  it('does not flag a jump of 31 px', () => {
    const clicks = clicksOf([
      click(1000, 10, 100, 100),
      click(1100, 10, 100, 100),
      click(1200, 10, 131, 100),
    ]);
    expect(findRageClicks(clicks)).toEqual([]);
  });

  it('does not flag 2 clicks', () => {
    expect(findRageClicks(clicksOf([click(0, 10), click(10, 10)]))).toEqual([]);
  });

  it('splits bursts at a break', () => {
    const clicks = clicksOf([
      click(100, 10),
      click(200, 10),
      click(300, 10),
      click(400, 10),
      click(5000, 10),
      click(5100, 10),
      click(5200, 10),
    ]);
    const found = findRageClicks(clicks);
    expect(found.map((r) => [r.time, r.count])).toEqual([
      [100, 4],
      [5000, 3],
    ]);
    expect(found[1]?.reason.clicks[0]).toMatchObject({
      interval: 0,
      distance: undefined,
    });
  });

  it('re-runs with changed thresholds', () => {
    const clicks = clicksOf([
      click(1000, 10, 100, 100),
      click(2500, 10, 150, 100),
      click(4000, 10, 200, 100),
    ]);
    expect(findRageClicks(clicks)).toEqual([]);

    const loose = { maxInterval: 1500, maxDistance: 50 };
    expect(findRageClicks(clicks, loose)).toHaveLength(1);
    expect(findRageClicks(clicks, { ...loose, minClicks: 4 })).toEqual([]);
    expect(
      findRageClicks(clicks, { ...loose, minClicks: undefined })[0]?.reason
        .thresholds.minClicks,
    ).toBe(3);
  });

  it('without positions, needs the same target', () => {
    const noPosition = (time: number, id: number): ReplayEvent => {
      const event = click(time, id);
      return { ...event, data: { source: 2, type: 2, id } } as ReplayEvent;
    };
    const same = clicksOf([0, 100, 200].map((t) => noPosition(t, 10)));
    const mixed = clicksOf([
      noPosition(0, 10),
      noPosition(100, 11),
      noPosition(200, 10),
    ]);
    expect(findRageClicks(same)).toHaveLength(1);
    expect(findRageClicks(mixed)).toEqual([]);
  });
});
