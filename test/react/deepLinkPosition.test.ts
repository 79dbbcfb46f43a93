import { describe, expect, it } from 'vitest';
import { analyzeRecording } from '../../src/insights';
import { resolveInitialPosition } from '../../src/react/deepLink/initialPosition';
import {
  consoleLog,
  mouseMove,
  network,
  recordingOf,
  start,
} from '../insights/build';

// Events: Meta 0, FullSnapshot 1, then the console log (2), the failed
// request (3) and the mouse move (4), so ids follow the event index.
const insights = analyzeRecording(
  recordingOf([
    ...start(),
    consoleLog(500, 'log', ['"Loaded"']),
    network(6_000, [
      { url: '/api/pay', method: 'POST', status: 500, startTime: 0 },
    ]),
    mouseMove(10_000),
  ]),
);

describe('resolveInitialPosition', () => {
  it('finds insights that have no marker', () => {
    expect(insights.markers.some(({ id }) => id === 'console-2')).toBe(false);

    const position = resolveInitialPosition(insights, {
      initialErrorId: 'console-2',
    });

    expect(position).toEqual({ time: 0, errorFound: true });
  });

  it('opens 2 s before a failed request', () => {
    const request = insights.network.requests[0];
    expect(request?.failed).toBe(true);

    const position = resolveInitialPosition(insights, {
      initialErrorId: request?.id,
    });

    expect(position).toEqual({ time: 4_000, errorFound: true });
  });

  it('falls back to initialTime, then to nothing', () => {
    expect(
      resolveInitialPosition(insights, {
        initialErrorId: 'console-77',
        initialTime: 1_234,
      }),
    ).toEqual({ time: 1_234, errorFound: false });
    expect(
      resolveInitialPosition(null, { initialErrorId: 'console-2' }),
    ).toEqual({ time: undefined, errorFound: false });
    expect(resolveInitialPosition(insights, {})).toEqual({
      time: undefined,
      errorFound: false,
    });
  });
});
