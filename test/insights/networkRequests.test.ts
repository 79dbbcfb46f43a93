import { describe, expect, it } from 'vitest';
import { findNetworkRequests } from '../../src/insights/networkRequests';
import { network, plugin, recordingOf, start } from './build';

describe('findNetworkRequests', () => {
  it('reads requests and flags failures', () => {
    const recording = recordingOf([
      ...start(),
      network(100, [
        {
          url: 'https://api.test/items',
          method: 'get',
          initiatorType: 'fetch',
          status: 200,
          startTime: 1500,
          endTime: 1620,
        },
        { url: '/missing', initiatorType: 'xmlhttprequest', status: 404 },
      ]),
      network(200, [
        { url: '/down', initiatorType: 'fetch', status: 0 },
        { url: '/threw', initiatorType: 'fetch' },
        { url: '/logo.png', initiatorType: 'img', startTime: 1, endTime: 9 },
        { name: '/named', status: 200, error: 'net::ERR_FAILED' },
      ]),
    ]);
    const { requests, failedCount } = findNetworkRequests(recording);

    expect(requests[0]).toEqual({
      id: 'network-2-0',
      eventIndex: 2,
      time: 100,
      method: 'GET',
      url: 'https://api.test/items',
      status: 200,
      initiatorType: 'fetch',
      duration: 120,
      isInitial: false,
      failed: false,
      failure: undefined,
    });
    expect(requests.map((r) => [r.url, r.failure])).toEqual([
      ['https://api.test/items', undefined],
      ['/missing', 'HTTP 404'],
      ['/down', 'no response (status 0)'],
      ['/threw', 'no response'],
      ['/logo.png', undefined],
      ['/named', 'net::ERR_FAILED'],
    ]);
    expect(requests[4]?.duration).toBe(8);
    expect(failedCount).toBe(4);
  });

  it('marks the initial batch and skips malformed payloads', () => {
    const recording = recordingOf([
      ...start(),
      plugin(50, 'rrweb/network@1', {
        requests: [{ url: '/', initiatorType: 'navigation' }, 'junk'],
        isInitial: true,
      }),
      plugin(60, 'rrweb/network@1', { requests: 'nope' }),
    ]);
    const { requests } = findNetworkRequests(recording);
    expect(requests.map((r) => [r.url, r.isInitial, r.failed])).toEqual([
      ['/', true, false],
    ]);
  });
});
