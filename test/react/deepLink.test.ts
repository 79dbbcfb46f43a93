import { describe, expect, it } from 'vitest';
import { buildReplayUrl, parseReplayUrl } from '../../src/react/deepLink';

const BASE = 'https://support.example/replays/42';

describe('buildReplayUrl', () => {
  it('writes seconds with one decimal and the error id', () => {
    expect(buildReplayUrl(BASE, { time: 83_500, errorId: 'console-5' })).toBe(
      `${BASE}?t=83.5&error=console-5`,
    );
    expect(buildReplayUrl(BASE, { time: 83_000 })).toBe(`${BASE}?t=83`);
    expect(buildReplayUrl(BASE, { time: 0 })).toBe(`${BASE}?t=0`);
  });

  it('rounds down to 0.1 s', () => {
    expect(buildReplayUrl(BASE, { time: 83_599 })).toBe(`${BASE}?t=83.5`);
    expect(buildReplayUrl(BASE, { time: 99 })).toBe(`${BASE}?t=0`);
  });

  it('keeps other parameters and the fragment, replacing its own', () => {
    const url = `${BASE}?tab=errors&t=1&error=old#details`;
    expect(buildReplayUrl(url, { time: 2_000, errorId: 'network-9-0' })).toBe(
      `${BASE}?tab=errors&t=2&error=network-9-0#details`,
    );
    expect(buildReplayUrl(url, {})).toBe(`${BASE}?tab=errors#details`);
  });

  it('keeps a relative URL relative', () => {
    expect(buildReplayUrl('replays/42', { time: 1_500 })).toBe(
      'replays/42?t=1.5',
    );
    expect(buildReplayUrl('?tab=x', { errorId: 'custom-3' })).toBe(
      '?tab=x&error=custom-3',
    );
    expect(buildReplayUrl(new URL(BASE), { time: 100 })).toBe(`${BASE}?t=0.1`);
  });

  it('never throws on a malformed base', () => {
    for (const base of ['http://[', '%E0%A4%A', '??#?', '']) {
      expect(() => buildReplayUrl(base, { time: 1_000 })).not.toThrow();
    }
    expect(buildReplayUrl('', { time: 1_000 })).toBe('?t=1');
  });

  it('leaves out invalid times and ids', () => {
    for (const time of [-1, Number.NaN, Infinity, -Infinity]) {
      expect(buildReplayUrl(BASE, { time })).toBe(BASE);
    }
    for (const errorId of ['', 'a b', 'x'.repeat(129), '<script>']) {
      expect(buildReplayUrl(BASE, { errorId })).toBe(BASE);
    }
  });
});

describe('parseReplayUrl', () => {
  it('reads the time in ms and the error id', () => {
    expect(parseReplayUrl(`${BASE}?t=83.5&error=console-5`)).toEqual({
      time: 83_500,
      errorId: 'console-5',
    });
    expect(parseReplayUrl(new URL(`${BASE}?t=7`))).toEqual({
      time: 7_000,
      errorId: undefined,
    });
  });

  it('reads relative URLs, bare queries and fragment queries', () => {
    expect(parseReplayUrl('/replays/42?error=rage-click-40')).toEqual({
      time: undefined,
      errorId: 'rage-click-40',
    });
    expect(parseReplayUrl('?t=0.25').time).toBe(250);
    expect(parseReplayUrl('https://app.example/#/replay/42?t=12.5')).toEqual({
      time: 12_500,
      errorId: undefined,
    });
  });

  it('reports bad values as undefined', () => {
    const bad = ['-5', 'NaN', 'abc', '1e3', '', '12.', '.5', 'Infinity', '1,5'];
    for (const value of bad) {
      expect(parseReplayUrl(`${BASE}?t=${value}`).time).toBeUndefined();
    }
    expect(parseReplayUrl(`${BASE}?error=a%20b`).errorId).toBeUndefined();
    expect(parseReplayUrl(`${BASE}?error=`).errorId).toBeUndefined();
  });

  it('never throws on malformed input', () => {
    const inputs: unknown[] = [
      '',
      'http://[',
      '%E0%A4%A',
      '?t=%E0%A4%A&error=%',
      '#',
      '????t=1',
      null,
      undefined,
      42,
      {},
    ];
    for (const input of inputs) {
      expect(() => parseReplayUrl(input as string)).not.toThrow();
    }
    expect(parseReplayUrl('http://[')).toEqual({
      time: undefined,
      errorId: undefined,
    });
    expect(parseReplayUrl(null as unknown as string)).toEqual({
      time: undefined,
      errorId: undefined,
    });
  });

  it('round-trips what buildReplayUrl writes', () => {
    const cases = [
      { time: 0, errorId: 'console-5' },
      { time: 83_500, errorId: undefined },
      { time: 3_600_000, errorId: 'dead-click-392' },
      { time: undefined, errorId: 'network-12-0' },
    ];
    for (const link of cases) {
      expect(parseReplayUrl(buildReplayUrl(BASE, link))).toEqual(link);
    }
  });
});
