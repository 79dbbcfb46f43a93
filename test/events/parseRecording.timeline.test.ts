import { describe, expect, it } from 'vitest';
import { parseRecording } from '../../src/events';
import type { ReplayEvent } from '../../src/events';
import {
  consoleLog,
  custom,
  domContentLoaded,
  fullSnapshot,
  load,
  meta,
  mouseMove,
  ofType,
} from './eventBuilders';

function diagnostic(events: ReplayEvent[], code: string) {
  return parseRecording(events).diagnostics.find((d) => d.code === code);
}

/** Lists the `x` mark of each mouse move, in output order. */
function moveMarks(events: ReplayEvent[]): number[] {
  return events.flatMap((event) =>
    event.type === 3 && 'positions' in event.data
      ? [event.data.positions[0]?.x ?? -1]
      : [],
  );
}

describe('parseRecording ordering', () => {
  it('sorts by timestamp and keeps input order for ties', () => {
    const input = [
      meta(1000),
      fullSnapshot(1000),
      mouseMove(1020, 1),
      mouseMove(1010, 2),
      mouseMove(1020, 3),
      mouseMove(1010, 4),
      mouseMove(1020, 5),
    ];

    const { events } = parseRecording(input);

    expect(events.map((e) => e.timestamp)).toEqual([
      1000, 1000, 1010, 1010, 1020, 1020, 1020,
    ]);
    expect(events.slice(0, 2).map((e) => e.type)).toEqual([4, 2]);
    expect(moveMarks(events)).toEqual([2, 4, 1, 3, 5]);
  });

  it('moves a single timestamp spike back', () => {
    const hour = 3_600_000;
    const input = [
      meta(1000),
      fullSnapshot(1005),
      mouseMove(1010, 1),
      mouseMove(1020 + 10 * hour, 2),
      mouseMove(1030, 3),
    ];

    const recording = parseRecording(input);

    expect(recording.endTime).toBe(1030);
    expect(moveMarks(recording.events)).toEqual([1, 2, 3]);
    expect(recording.events[3]?.timestamp).toBe(1010);
    expect(diagnostic(input, 'timestamp-spike')).toMatchObject({
      count: 1,
      eventIndex: 3,
    });
  });

  it('keeps a real idle gap', () => {
    const hour = 3_600_000;
    const input = [
      meta(1000),
      fullSnapshot(1005),
      mouseMove(1010),
      mouseMove(1020 + 10 * hour),
      mouseMove(1030 + 10 * hour),
    ];

    expect(parseRecording(input).endTime).toBe(1030 + 10 * hour);
    expect(diagnostic(input, 'timestamp-spike')).toBeUndefined();
  });

  it('reports out-of-order input once, with a count', () => {
    const input = [
      meta(1000),
      fullSnapshot(1005),
      mouseMove(1030),
      mouseMove(1020),
      mouseMove(1040),
      mouseMove(1010),
    ];

    expect(diagnostic(input, 'out-of-order')).toMatchObject({
      count: 2,
      eventIndex: 3,
    });
  });

  it('reports nothing for sorted input with equal timestamps', () => {
    const input = [meta(1000), fullSnapshot(1000), mouseMove(1000)];

    expect(parseRecording(input).diagnostics).toEqual([]);
  });
});

describe('parseRecording start, end and duration', () => {
  it('starts at the Meta event right before the first full snapshot', () => {
    const input = [meta(1000), fullSnapshot(1040), mouseMove(1500)];

    const recording = parseRecording(input);

    expect(recording.startTime).toBe(1000);
    expect(recording.endTime).toBe(1500);
    expect(recording.duration).toBe(500);
  });

  it('starts at the full snapshot when no Meta event precedes it', () => {
    const input = [fullSnapshot(2000), meta(2100), mouseMove(2600)];

    const recording = parseRecording(input);

    expect(recording.startTime).toBe(2000);
    expect(recording.endTime).toBe(2600);
    expect(recording.duration).toBe(600);
  });

  it('ends at the largest timestamp, not the last input event', () => {
    const input = [meta(1000), fullSnapshot(1005), mouseMove(9000), custom(3)];

    const recording = parseRecording(input);

    expect(recording.endTime).toBe(9000);
    expect(recording.duration).toBe(8000);
  });

  it('has zero duration for a lone full snapshot', () => {
    const recording = parseRecording([fullSnapshot(4000)]);

    expect(recording.startTime).toBe(4000);
    expect(recording.duration).toBe(0);
  });
});

describe('parseRecording events before the first full snapshot', () => {
  const input = [
    mouseMove(100),
    custom(150, 'early'),
    domContentLoaded(200),
    consoleLog(250),
    load(300),
    mouseMove(400),
    meta(1000),
    fullSnapshot(1005),
    custom(1100, 'late'),
  ];

  it('drops DOM events and reports them once', () => {
    const { events, diagnostics } = parseRecording(input);

    expect(events.some((e) => [0, 1, 3].includes(e.type))).toBe(false);
    expect(diagnostics).toContainEqual(
      expect.objectContaining({
        code: 'event-before-snapshot',
        count: 4,
        eventIndex: 0,
      }),
    );
  });

  it('holds custom and plugin events at the start time', () => {
    const { events, diagnostics, startTime } = parseRecording(input);

    expect(events.map((e) => [e.type, e.timestamp])).toEqual([
      [5, 1000],
      [6, 1000],
      [4, 1000],
      [2, 1005],
      [5, 1100],
    ]);
    expect(startTime).toBe(1000);
    expect(diagnostics).toContainEqual(
      expect.objectContaining({
        code: 'held-before-snapshot',
        count: 2,
        eventIndex: 1,
      }),
    );
  });

  it('names what it dropped and held in the messages', () => {
    const { diagnostics } = parseRecording(input);
    const messages = diagnostics.map((d) => d.message).join('\n');

    expect(messages).toContain('Dropped 4 events');
    expect(messages).toContain('Moved 2 events');
  });
});

describe('parseRecording unknown event types', () => {
  it('keeps them and reports one diagnostic for all', () => {
    const input = [
      meta(1000),
      fullSnapshot(1005),
      ofType(7, 1010),
      ofType(8, 1020),
      ofType(7, 1030),
      ofType(42, 1040),
    ];

    const { events, diagnostics } = parseRecording(input);

    expect(events).toHaveLength(6);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({
      code: 'unknown-event-type',
      count: 4,
      eventIndex: 2,
    });
    expect(diagnostics[0]?.message).toContain('7, 8, 42');
  });
});

describe('parseRecording Meta events without a URL', () => {
  it('accepts them and reports them once', () => {
    const bare = { type: 4, data: { width: 800, height: 600 } };
    const input = [
      { ...bare, timestamp: 1000 },
      fullSnapshot(1005),
      { ...bare, timestamp: 2000 },
    ];

    const { events, diagnostics } = parseRecording(input);

    expect(events).toHaveLength(3);
    expect(diagnostics).toEqual([
      expect.objectContaining({
        code: 'meta-without-href',
        count: 2,
        eventIndex: 0,
      }),
    ]);
  });
});
