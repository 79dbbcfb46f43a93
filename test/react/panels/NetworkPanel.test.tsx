import { act, fireEvent, screen, within } from '@testing-library/react';
import { Profiler } from 'react';
import { describe, expect, it } from 'vitest';
import type { Recording } from '../../../src/events/types';
import { NetworkPanel } from '../../../src/react/panels';
import { network } from '../../insights/build';
import { generatedRecording, quietRecording } from './fixtures';
import { mockListLayout } from './mockLayout';
import { renderInPlayer } from './renderInPlayer';

mockListLayout();

const API = 'https://shop.test';

/** Four requests at 1-4 s: a success, a 404, a 0 and a network error. */
function networkRecording(): Recording {
  const requests = [
    {
      url: `${API}/api/cart?id=7`,
      method: 'get',
      status: 200,
      startTime: 10,
      endTime: 95,
      initiatorType: 'fetch',
    },
    {
      url: `${API}/api/coupon`,
      method: 'post',
      status: 404,
      startTime: 0,
      endTime: 1200,
      initiatorType: 'fetch',
    },
    {
      url: `${API}/img/logo.png`,
      status: 0,
      startTime: 5,
      endTime: 40,
      initiatorType: 'img',
    },
    {
      url: `${API}/api/pay`,
      method: 'post',
      error: 'net::ERR_FAILED',
      initiatorType: 'xmlhttprequest',
    },
  ];
  return generatedRecording(
    requests.length,
    (i) => network(1000 * (i + 1), [requests[i]!]),
    6000,
  );
}

const list = () => within(screen.getByRole('list', { name: 'Network' }));
const rows = () => list().queryAllByRole('button');
const paths = () =>
  rows().map((row) => row.querySelector('.reprise-panel__line')?.textContent);

describe('NetworkPanel rows', () => {
  it('shows method, path, status, duration and time', () => {
    renderInPlayer(networkRecording(), <NetworkPanel />);

    const cart = list().getByRole('button', { name: /cart/ });
    expect(cart).toHaveAccessibleName('GET /api/cart?id=7 200 85 ms 0:01.0');
    expect(cart).toHaveAttribute('title', `GET ${API}/api/cart?id=7`);
    expect(cart).not.toHaveClass('reprise-network__item--failed');
  });

  it('marks 4xx, status 0 and errored requests as failed', () => {
    renderInPlayer(networkRecording(), <NetworkPanel />);

    const failed = rows().filter((row) =>
      row.classList.contains('reprise-network__item--failed'),
    );
    expect(failed.map((row) => row.title)).toEqual([
      `POST ${API}/api/coupon (failed: HTTP 404)`,
      `GET ${API}/img/logo.png (failed: no response (status 0))`,
      `POST ${API}/api/pay (failed: net::ERR_FAILED)`,
    ]);
    expect(failed[0]).toHaveAccessibleName(/404 1\.2 s 0:02\.0 \(failed/);
    expect(failed[2]).toHaveTextContent(/failed/);
    expect(screen.getByText('3 failed')).toBeVisible();
  });

  it('says so when the recording made no requests', () => {
    renderInPlayer(quietRecording(), <NetworkPanel />);

    expect(
      screen.getByText('No network requests in this recording'),
    ).toBeVisible();
  });
});

describe('NetworkPanel filter and sort', () => {
  it('shows only failed requests', () => {
    renderInPlayer(networkRecording(), <NetworkPanel />);

    fireEvent.click(screen.getByRole('button', { name: 'Failed only 3' }));

    expect(paths()).toEqual(['/api/coupon', '/img/logo.png', '/api/pay']);
  });

  it('sorts by time either way and by duration', () => {
    renderInPlayer(networkRecording(), <NetworkPanel />);
    const sort = screen.getByRole('combobox', { name: 'Sort requests' });
    expect(paths()).toEqual([
      '/api/cart?id=7',
      '/api/coupon',
      '/img/logo.png',
      '/api/pay',
    ]);

    fireEvent.change(sort, { target: { value: 'newest' } });
    expect(paths()).toEqual([
      '/api/pay',
      '/img/logo.png',
      '/api/coupon',
      '/api/cart?id=7',
    ]);

    fireEvent.change(sort, { target: { value: 'slowest' } });
    expect(paths()).toEqual([
      '/api/coupon',
      '/api/cart?id=7',
      '/img/logo.png',
      '/api/pay',
    ]);
  });
});

describe('NetworkPanel and the playhead', () => {
  it('seeks to a chosen request', () => {
    const { replayer } = renderInPlayer(networkRecording(), <NetworkPanel />);

    fireEvent.click(list().getByRole('button', { name: /logo/ }));

    expect(replayer.seek).toHaveBeenCalledWith(3000);
  });

  it('marks the request at the playhead in any order', () => {
    const { replayer } = renderInPlayer(networkRecording(), <NetworkPanel />);
    const current = () => list().getByRole('button', { current: true });
    act(() => replayer.emit({ currentTime: 2500 }));
    expect(current()).toHaveAccessibleName(/^POST \/api\/coupon/);

    fireEvent.change(screen.getByRole('combobox'), {
      target: { value: 'newest' },
    });
    expect(current()).toHaveAccessibleName(/^POST \/api\/coupon/);
    expect(rows().indexOf(current())).toBe(2);
  });
});

describe('NetworkPanel render cost', () => {
  it('re-renders only when the current request changes', () => {
    let renders = 0;
    const { replayer } = renderInPlayer(
      networkRecording(),
      <Profiler id="network" onRender={() => (renders += 1)}>
        <NetworkPanel />
      </Profiler>,
    );
    act(() => replayer.emit({ currentTime: 1000 }));
    const before = renders;

    for (let time = 1016; time < 2000; time += 16) {
      act(() => replayer.emit({ currentTime: time }));
    }
    expect(renders).toBe(before);

    act(() => replayer.emit({ currentTime: 2000 }));
    expect(renders).toBeGreaterThan(before);
  });
});

describe('NetworkPanel with 10,000 requests', () => {
  it('renders a bounded number of rows', () => {
    renderInPlayer(
      generatedRecording(
        10_000,
        (i) => network(10 * i, [{ url: `${API}/r/${i}`, status: 200 }]),
        100_010,
      ),
      <NetworkPanel />,
    );

    expect(rows().length).toBeGreaterThan(5);
    expect(rows().length).toBeLessThan(40);
    expect(paths()[0]).toBe('/r/0');
  });
});
