import { describe, expect, it } from 'vitest';
import { analyzeRecording } from '../../src/insights/analyzeRecording';
import type { ReplayEvent } from '../../src/events/types';
import {
  click,
  consoleLog,
  custom,
  element,
  fullSnapshot,
  input,
  meta,
  mouseMove,
  mutation,
  network,
  page,
  recordingOf,
  scroll,
  start,
  T0,
  text,
} from './build';

const node = page([
  element(10, 'button', { id: 'buy' }, [text(11, 'Buy')]),
  element(12, 'input', { type: 'text' }),
]);

const session = recordingOf([
  ...start(node),
  click(1000, 10),
  click(1200, 10),
  click(1400, 10),
  consoleLog(1500, 'error', ['"Payment failed"']),
  network(1600, [{ url: '/api/pay', method: 'POST', status: 502 }]),
  custom(2000, 'checkout', { step: 2 }),
  input(2100, 12, 'abc'),
  meta(9000, 'http://localhost/done'),
  fullSnapshot(9000, node),
  click(12_000, 10),
  mouseMove(20_000),
]);

describe('analyzeRecording', () => {
  const insights = analyzeRecording(session);

  it('runs every rule', () => {
    expect(insights.clicks).toHaveLength(4);
    expect(insights.rageClicks.map((r) => r.count)).toEqual([3]);
    expect(insights.errorClicks.map((e) => e.click.time)).toEqual([
      1000, 1200, 1400,
    ]);
    expect(insights.deadClicks.map((d) => d.time)).toEqual([12_000]);
    expect(insights.navigations.map((n) => n.kind)).toEqual([
      'initial',
      'page-load',
    ]);
    expect(insights.console.errorCount).toBe(1);
    expect(insights.network.failedCount).toBe(1);
    expect(insights.customEvents.map((c) => c.tag)).toEqual(['checkout']);
    expect(insights.keystrokes.total).toBe(1);
    expect(insights.inactivePeriods.map((p) => [p.start, p.end])).toEqual([
      [2100, 12_000],
      [12_000, 20_000],
    ]);
    expect(insights.activity.interactions.reduce((a, b) => a + b)).toBe(6);
  });

  it('sorts markers and reuses insight ids', () => {
    const markers = insights.markers;
    const times = markers.map((m) => m.time);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(new Set(markers.map((m) => m.id)).size).toBe(markers.length);

    expect(markers.map((m) => [m.kind, m.id, m.severity])).toEqual([
      ['click', 'click-2', 'info'],
      ['rage-click', 'rage-click-2', 'warning'],
      ['error-click', 'error-click-2', 'error'],
      ['click', 'click-3', 'info'],
      ['error-click', 'error-click-3', 'error'],
      ['click', 'click-4', 'info'],
      ['error-click', 'error-click-4', 'error'],
      ['error', 'console-5', 'error'],
      ['network-error', 'network-6-0', 'error'],
      ['custom', 'custom-7', 'info'],
      ['navigation', 'navigation-9', 'info'],
      ['click', 'click-11', 'info'],
      ['dead-click', 'dead-click-11', 'warning'],
    ]);
    const error = markers.find((m) => m.id === 'console-5');
    expect(error?.label).toBe('Payment failed');
    expect(insights.console.entries[0]?.id).toBe(error?.id);
  });

  it('gives the same ids when run again', () => {
    const again = analyzeRecording(session);
    expect(again.markers.map((m) => m.id)).toEqual(
      insights.markers.map((m) => m.id),
    );
  });

  it('passes options to each rule', () => {
    const strict = analyzeRecording(session, {
      rageClicks: { minClicks: 4 },
      errorClicks: { window: 100 },
      deadClicks: { window: undefined },
      inactivity: { threshold: 60_000 },
      activity: { bucketSize: 10_000 },
    });
    expect(strict.rageClicks).toEqual([]);
    expect(strict.errorClicks.map((e) => e.click.time)).toEqual([1400]);
    expect(strict.deadClicks).toHaveLength(1);
    expect(strict.inactivePeriods).toEqual([]);
    expect(strict.activity.interactions).toHaveLength(3);
  });

  it('survives malformed events', () => {
    const junk = [
      { type: 2, timestamp: T0 + 1 },
      { type: 4, data: null, timestamp: T0 + 2 },
      { type: 5, data: 'x', timestamp: T0 + 3 },
      { type: 3, data: { source: 0, adds: [{ parentId: 1 }], removes: 7 } },
      { type: 3, data: { source: 2, type: 2, id: 'x' }, timestamp: T0 + 5 },
      { type: 6, data: { plugin: 'rrweb/console@1' }, timestamp: T0 + 6 },
    ].map((event) => ({ timestamp: T0 + 4, ...event }) as ReplayEvent);
    const result = analyzeRecording(recordingOf([...start(node), ...junk]));

    expect(result.clicks).toEqual([]);
    expect(result.customEvents.map((c) => c.tag)).toEqual(['']);
    expect(result.console.entries).toEqual([]);
  });

  // Speed is measured by the benchmarks, not asserted here.
  it('handles an hour with 100k events', () => {
    const events = longSession(100_000);
    const recording = recordingOf(events);
    const result = analyzeRecording(recording);

    expect(recording.duration).toBeGreaterThan(3_500_000);
    expect(result.clicks.length).toBeGreaterThan(1000);
    expect(result.clicks[500]?.target.description).toMatch(
      /^li \.row "Item \d+"$/,
    );
  });
});

/** About an hour of events over a page with a 2,000-item list. */
function longSession(count: number): ReplayEvent[] {
  const items = Array.from({ length: 2000 }, (_, i) =>
    element(100 + i * 2, 'li', { class: 'row' }, [
      text(101 + i * 2, `Item ${i}`),
    ]),
  );
  const events = [
    meta(0),
    fullSnapshot(0, page([element(50, 'ul', {}, items)])),
  ];
  let nextId = 10_000;

  for (let i = 0; events.length < count; i++) {
    const time = i * 36;
    const item = 100 + (i % 2000) * 2;
    const kind = i % 10;
    if (kind === 0) events.push(click(time, item, i % 800, 300));
    else if (kind === 1) {
      const added = element(nextId, 'li', {}, [text(nextId + 1, `New ${i}`)]);
      events.push(
        mutation(time, { adds: [{ parentId: 50, nextId: item, node: added }] }),
      );
      nextId += 2;
    } else if (kind === 2 && nextId > 10_010) {
      events.push(
        mutation(time, { removes: [{ parentId: 50, id: nextId - 8 }] }),
      );
    } else if (kind === 3) events.push(scroll(time));
    else if (kind === 4) events.push(consoleLog(time, 'error', ['"boom"']));
    else if (kind === 5) events.push(input(time, 12, 'x'));
    else events.push(mouseMove(time, 30));
  }
  return events;
}
