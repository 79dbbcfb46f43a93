import { act, createElement } from 'react';
import { createRoot as createReactRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import { afterEach, expect, test } from 'vitest';
import { ReplayPlayer } from '../../src';
import { basePage, element, mutation, PAGE, text } from '../support/stream';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean;
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true;

let mounted: { root: Root; container: HTMLElement } | null = null;
afterEach(async () => {
  if (!mounted) return;
  const { root, container } = mounted;
  await act(async () => root.unmount());
  container.remove();
  mounted = null;
});

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Renders the whole player with real engine and returns its element. */
async function renderPlayer(events: unknown): Promise<HTMLElement> {
  const container = document.createElement('div');
  container.style.width = '800px';
  document.body.append(container);
  const root = createReactRoot(container);
  mounted = { root, container };
  await act(async () => {
    root.render(createElement(ReplayPlayer, { events, panels: false }));
  });
  await act(() => wait(200));
  return container;
}

/** The error the player shows, or null. */
function shownError(player: HTMLElement): string | null {
  return player.querySelector('[role="alert"]')?.textContent ?? null;
}

/** The diagnostics list the player shows, opened, as text. */
function shownNotes(player: HTMLElement): string {
  const details = player.querySelector('details');
  if (details) details.open = true;
  return details?.textContent ?? '';
}

const fatalCases: [name: string, events: () => unknown, code: string][] = [
  [
    'truncated JSON',
    () => JSON.stringify(basePage()).slice(0, 200),
    'invalid-json',
  ],
  ['no full snapshot', () => basePage().slice(0, 1), 'no-full-snapshot'],
  [
    'string timestamp',
    () =>
      basePage().map((event) => ({
        ...event,
        timestamp: String(event.timestamp),
      })),
    'invalid-event',
  ],
  [
    'NaN timestamp',
    () => [
      ...basePage(),
      { type: 3, timestamp: Number.NaN, data: { source: 1, positions: [] } },
    ],
    'invalid-event',
  ],
  ['empty array', () => [], 'empty-recording'],
  ['not an array', () => ({ something: 'else' }), 'unsupported-input'],
];

for (const [name, events, code] of fatalCases) {
  test(`${name} shows a clear error`, async () => {
    const player = await renderPlayer(events());
    expect(shownError(player)).toContain(code);
  });
}

const survivedCases: [name: string, events: () => unknown, code: string][] = [
  [
    'unknown event type',
    () => [...basePage(), { type: 42, timestamp: 1_100, data: {} }],
    'unknown-event-type',
  ],
  [
    'duplicate node ids',
    () => basePage([element(10, 'p', {}, [text(11, 'a')]), element(10, 'div')]),
    'duplicate-node-id',
  ],
  [
    'mutation on unknown node',
    () => [...basePage(), mutation(100, { texts: [{ id: 999, value: 'x' }] })],
    'missing-node:text',
  ],
  [
    'negative timestamps',
    () => [
      ...basePage().map((event) => ({ ...event, timestamp: -5_000 })),
      mutation(-6_100, {
        adds: [{ parentId: PAGE.body, nextId: null, node: text(20, 'late') }],
      }),
    ],
    'out-of-order',
  ],
  [
    'malformed node',
    () => basePage([{ id: 'x', type: 2 } as never, element(12, 'bad tag!')]),
    'invalid-node',
  ],
];

for (const [name, events, code] of survivedCases) {
  test(`${name} shows a counted diagnostic`, async () => {
    const player = await renderPlayer(events());
    expect(shownError(player)).toBeNull();
    expect(shownNotes(player)).toContain(code);
    expect(shownNotes(player)).toMatch(/\d+ times?/);
  });
}
