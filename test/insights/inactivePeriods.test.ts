import { describe, expect, it } from 'vitest';
import { findActivity } from '../../src/insights/activity';
import { findInactivePeriods } from '../../src/insights/inactivePeriods';
import {
  click,
  consoleLog,
  mouseMove,
  mutation,
  recordingOf,
  scroll,
  start,
} from './build';

describe('findInactivePeriods', () => {
  it('reports gaps over 5000 ms, ends included', () => {
    const recording = recordingOf([
      ...start(),
      click(6000, 3),
      scroll(11_000),
      click(16_001, 3),
      mutation(17_000),
      consoleLog(20_000, 'log', ['"not activity"']),
      mutation(30_000),
    ]);
    expect(findInactivePeriods(recording)).toEqual([
      { start: 0, end: 6000, duration: 6000 },
      { start: 11_000, end: 16_001, duration: 5001 },
      { start: 16_001, end: 30_000, duration: 13_999 },
    ]);
  });

  it('counts a mouse-move batch from its first position', () => {
    const recording = recordingOf([
      ...start(),
      click(1000, 3),
      mouseMove(6500, 600),
    ]);
    expect(findInactivePeriods(recording)).toEqual([]);
    expect(findInactivePeriods(recording, { threshold: 4899 })).toEqual([
      { start: 1000, end: 5900, duration: 4900 },
    ]);
  });
});

describe('findActivity', () => {
  it('counts interactions and mutations per second', () => {
    const recording = recordingOf([
      ...start(),
      click(100, 3),
      mouseMove(900),
      mutation(999),
      mutation(1000),
      scroll(2500),
    ]);
    expect(findActivity(recording)).toEqual({
      bucketSize: 1000,
      interactions: [2, 0, 1],
      mutations: [1, 1, 0],
    });
  });

  it('widens buckets past maxBuckets', () => {
    const recording = recordingOf([...start(), click(9999, 3)]);
    const activity = findActivity(recording, { maxBuckets: 4 });
    expect(activity.bucketSize).toBe(4000);
    expect(activity.interactions).toEqual([0, 0, 1]);
  });
});
