import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Recording } from '../../../src/events/types';
import { ConsolePanel } from '../../../src/react/panels';
import { consoleLog } from '../../insights/build';
import { generatedRecording, quietRecording } from './fixtures';
import { mockListLayout } from './mockLayout';
import { renderInPlayer } from './renderInPlayer';

mockListLayout();

/** Five entries between 1 and 5 s; the two errors carry traces. */
function consoleRecording(): Recording {
  const entries = [
    consoleLog(1000, 'log', ['"App started"', '{"version":2}']),
    consoleLog(2000, 'warn', ['"Slow network"']),
    consoleLog(
      3000,
      'error',
      ['"TypeError: cart is null"'],
      ['at render (cart.js:10:5)', 'at update (react.js:1:1)'],
    ),
    consoleLog(4000, 'info', ['"Cart loaded"']),
    consoleLog(5000, 'error', ['"Payment FAILED"'], ['at pay (pay.js:2:9)']),
  ];
  return generatedRecording(entries.length, (i) => entries[i]!, 8000);
}

const list = () => within(screen.getByRole('list', { name: 'Console' }));
const messages = () =>
  list()
    .queryAllByRole('button', { name: /^\w+ \d:\d\d\.\d / })
    .map((row) => row.title);
const toggle = (name: RegExp | string) =>
  fireEvent.click(screen.getByRole('button', { name }));

describe('ConsolePanel entries', () => {
  it('lists entries with level, time and message', () => {
    renderInPlayer(consoleRecording(), <ConsolePanel />);

    expect(screen.getByRole('region', { name: 'Console' })).toBeVisible();
    expect(messages()).toEqual([
      'App started {"version":2}',
      'Slow network',
      'TypeError: cart is null',
      'Cart loaded',
      'Payment FAILED',
    ]);
    expect(
      list().getByRole('button', { name: 'warn 0:02.0 Slow network' }),
    ).toBeVisible();
  });

  it('counts errors in the header and marks error rows', () => {
    renderInPlayer(consoleRecording(), <ConsolePanel />);

    expect(screen.getByText('2 errors')).toBeVisible();
    const error = list().getByRole('button', { name: /Payment FAILED/ });
    expect(error.parentElement).toHaveClass('reprise-console__entry--error');
  });

  it('opens a stack trace under its entry', () => {
    renderInPlayer(consoleRecording(), <ConsolePanel />);
    const [first] = list().getAllByRole('button', { name: 'Stack trace' });
    expect(first).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByText('at render (cart.js:10:5)')).toBeNull();

    fireEvent.click(first as HTMLElement);

    expect(first).toHaveAttribute('aria-expanded', 'true');
    const trace = document.getElementById(
      first?.getAttribute('aria-controls') ?? '',
    );
    expect(trace).toHaveTextContent('at render (cart.js:10:5)');
    expect(within(trace as HTMLElement).getAllByRole('listitem')).toHaveLength(
      2,
    );
  });

  it('says so when the recording has no console messages', () => {
    renderInPlayer(quietRecording(), <ConsolePanel />);

    expect(
      screen.getByText('No console messages in this recording'),
    ).toBeVisible();
  });
});

describe('ConsolePanel filters', () => {
  it('hides a level with its toggle', () => {
    renderInPlayer(consoleRecording(), <ConsolePanel />);
    const levels = screen.getByRole('group', { name: 'Levels' });
    expect(
      within(levels)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['error 2', 'info 1', 'log 1', 'warn 1']);

    fireEvent.click(within(levels).getByRole('button', { name: 'warn 1' }));

    expect(messages()).not.toContain('Slow network');
    expect(messages()).toHaveLength(4);
  });

  it('shows only errors with "Errors only"', () => {
    renderInPlayer(consoleRecording(), <ConsolePanel />);

    toggle(/^Errors only/);

    expect(
      screen.getByRole('button', { name: /^Errors only/ }),
    ).toHaveAttribute('aria-pressed', 'true');
    expect(messages()).toEqual(['TypeError: cart is null', 'Payment FAILED']);
  });

  it('searches messages in any case', () => {
    renderInPlayer(consoleRecording(), <ConsolePanel />);
    const search = screen.getByRole('searchbox', { name: 'Search console' });

    fireEvent.change(search, { target: { value: 'CART' } });
    expect(messages()).toEqual(['TypeError: cart is null', 'Cart loaded']);

    fireEvent.change(search, { target: { value: 'failed' } });
    expect(messages()).toEqual(['Payment FAILED']);

    fireEvent.change(search, { target: { value: 'nothing like it' } });
    expect(
      screen.getByText('No console messages match the filters'),
    ).toBeVisible();
  });
});

describe('ConsolePanel and the playhead', () => {
  it('seeks to a chosen entry', () => {
    const { replayer } = renderInPlayer(consoleRecording(), <ConsolePanel />);

    fireEvent.click(list().getByRole('button', { name: /Cart loaded/ }));

    expect(replayer.seek).toHaveBeenCalledWith(4000);
  });

  it('marks the entry at or just before the playhead', () => {
    const { replayer } = renderInPlayer(consoleRecording(), <ConsolePanel />);
    const current = () => list().queryByRole('button', { current: true });

    act(() => replayer.emit({ currentTime: 3999 }));
    expect(current()).toHaveAccessibleName(/TypeError: cart is null$/);

    act(() => replayer.emit({ currentTime: 4000 }));
    expect(current()).toHaveAccessibleName(/Cart loaded$/);

    toggle(/^Errors only/);
    expect(current()).toHaveAccessibleName(/TypeError: cart is null$/);
  });
});

describe('ConsolePanel entries at one time', () => {
  it('keeps a chosen entry current at its time', async () => {
    const recording = generatedRecording(
      3,
      (i) => consoleLog(2000, 'log', [`"same time ${i}"`]),
      4000,
    );
    const { replayer } = renderInPlayer(recording, <ConsolePanel />);
    const current = () => list().getByRole('button', { current: true });
    act(() => replayer.emit({ currentTime: 2000 }));
    expect(current()).toHaveAccessibleName(/same time 2$/);

    fireEvent.click(list().getByRole('button', { name: /same time 0$/ }));
    await act(async () => undefined); // lets the seek settle

    expect(replayer.seek).toHaveBeenCalledWith(2000);
    expect(current()).toHaveAccessibleName(/same time 0$/);
    act(() => replayer.emit({ currentTime: 3000 }));
    expect(current()).toHaveAccessibleName(/same time 2$/);
  });
});

describe('ConsolePanel with 10,000 entries', () => {
  const many = () =>
    generatedRecording(
      10_000,
      (i) => consoleLog(10 * i, i % 100 === 0 ? 'error' : 'log', [`"m${i}"`]),
      100_010,
    );

  it('renders a bounded number of rows and filters all of them', () => {
    renderInPlayer(many(), <ConsolePanel />);

    expect(messages().length).toBeGreaterThan(5);
    expect(messages().length).toBeLessThan(40);
    expect(screen.getByText('100 errors')).toBeVisible();

    fireEvent.change(screen.getByRole('searchbox'), {
      target: { value: 'M999' },
    });
    // m999 and m9990 to m9999.
    expect(messages()).toHaveLength(11);
  });
});
