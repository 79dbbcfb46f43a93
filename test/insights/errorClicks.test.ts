import { describe, expect, it } from 'vitest';
import { findErrorClicks } from '../../src/insights/errorClicks';
import type { ReplayEvent } from '../../src/events/types';
import {
  click,
  consoleLog,
  element,
  legacyLog,
  network,
  page,
  recordingOf,
  start,
  text,
} from './build';

const node = page([element(10, 'button', {}, [text(11, 'Buy')])]);

function errorClicksWith(after: ReplayEvent[], window?: number) {
  const recording = recordingOf([...start(node), click(1000, 10), ...after]);
  return findErrorClicks(recording, window === undefined ? {} : { window });
}

describe('findErrorClicks', () => {
  it('flags a console error 2000 ms after the click', () => {
    const [found, ...rest] = errorClicksWith([
      consoleLog(3000, 'error', ['"Cart is empty"']),
    ]);
    expect(rest).toHaveLength(0);
    expect(found).toMatchObject({
      id: 'error-click-2',
      time: 1000,
      errors: [{ id: 'console-3', kind: 'console', time: 3000 }],
      reason: { window: 2000, delay: 2000 },
    });
    expect(found?.reason.message).toBe(
      'Console error "Cart is empty" 2.0 s after the click on button "Buy".',
    );
  });

  it('does not flag an error 2001 ms after the click', () => {
    const late = [consoleLog(3001, 'error', ['"late"'])];
    expect(errorClicksWith(late)).toEqual([]);
    expect(errorClicksWith(late, 2001)).toHaveLength(1);
  });

  it('does not count warnings or errors before the click', () => {
    const events = [consoleLog(1000, 'error', ['"before"']), click(1000, 10)];
    const recording = recordingOf([
      ...start(node),
      ...events,
      consoleLog(1500, 'warn', ['"careful"']),
    ]);
    expect(findErrorClicks(recording)).toEqual([]);
  });

  it('counts assert and legacy Log errors', () => {
    expect(errorClicksWith([consoleLog(1100, 'assert', ['"x"'])])).toHaveLength(
      1,
    );
    const [legacy] = errorClicksWith([legacyLog(1100, 'error', ['"old"'])]);
    expect(legacy?.reason.message).toMatch(/^Console error "old"/);
  });

  it('counts failed requests and names them', () => {
    const [found] = errorClicksWith([
      network(1500, [
        { url: '/ok', method: 'GET', status: 200 },
        { url: '/api/buy', method: 'post', status: 500 },
      ]),
      network(1600, [{ url: '/api/log', initiatorType: 'fetch' }]),
    ]);
    expect(found?.errors.map((e) => e.id)).toEqual([
      'network-3-1',
      'network-4-0',
    ]);
    expect(found?.reason.message).toBe(
      'POST /api/buy failed (HTTP 500) 500 ms after the click on ' +
        'button "Buy" (2 errors in all).',
    );
  });

  it('lists at most maxErrors errors', () => {
    const recording = recordingOf([
      ...start(node),
      click(1000, 10),
      ...[1100, 1200, 1300].map((t) => consoleLog(t, 'error', ['"e"'])),
    ]);
    const [found] = findErrorClicks(recording, { maxErrors: 2 });
    expect(found?.errors.map((e) => e.time)).toEqual([1100, 1200]);
    expect(found?.reason.message).toMatch(/\(2 or more errors in all\)\.$/);
  });

  it('does not count successful requests', () => {
    const ok = network(1500, [
      { url: '/ok', status: 204, initiatorType: 'fetch' },
    ]);
    expect(errorClicksWith([ok])).toEqual([]);
  });
});
