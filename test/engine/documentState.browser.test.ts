import { IncrementalSource } from '@rrweb/types';
import type { eventWithTime } from '@rrweb/types';
import { afterEach, expect, test } from 'vitest';
import { createReplayer } from '../../src/engine';
import type { Replayer } from '../../src/engine';
import { createRoot } from '../support/recordings';
import { basePage, element, incremental, text } from '../support/stream';
import { waitForIndex } from '../support/waitForIndex';

let replayer: Replayer | undefined;
afterEach(() => replayer?.destroy());

function open(events: eventWithTime[]): Replayer {
  replayer = createReplayer(events, {
    root: createRoot(),
    checkpoints: { maxEvents: 1 },
  });
  return replayer;
}

function families(replayer: Replayer): string[] {
  // Browsers may or may not quote a family name that has a space.
  return [...replayer.document.fonts].map((face) =>
    face.family.replace(/"/g, ''),
  );
}

test('fonts follow font events both ways', async () => {
  const events = [
    ...basePage(),
    incremental(100, {
      source: IncrementalSource.Font,
      family: 'Recorded Sans',
      fontSource: JSON.stringify([0, 1, 0, 0]),
      buffer: true,
    }),
    incremental(200, {
      source: IncrementalSource.Font,
      family: 'Linked Serif',
      fontSource: 'url(https://fonts.example.test/serif.woff2)',
      buffer: false,
      descriptors: { weight: '700' },
    }),
  ];
  const replayer = open(events);
  await waitForIndex(replayer);

  await replayer.seek(50);
  expect(families(replayer)).toEqual([]);
  await replayer.seek(200);
  expect(families(replayer)).toEqual(['Recorded Sans', 'Linked Serif']);
  await replayer.seek(150);
  expect(families(replayer)).toEqual(['Recorded Sans']);
});

test('selection shows the recorded range', async () => {
  const events = [
    ...basePage([element(10, 'p', {}, [text(11, 'Select this text')])]),
    incremental(100, {
      source: IncrementalSource.Selection,
      ranges: [{ start: 11, startOffset: 7, end: 11, endOffset: 11 }],
    }),
    incremental(200, {
      source: IncrementalSource.Selection,
      ranges: [{ start: 11, startOffset: 0, end: 11, endOffset: 6 }],
    }),
  ];
  const replayer = open(events);
  await waitForIndex(replayer);
  const selected = () => replayer.document.getSelection()?.toString();

  await replayer.seek(100);
  expect(selected()).toBe('this');
  await replayer.seek(200);
  expect(selected()).toBe('Select');
  await replayer.seek(150);
  expect(selected()).toBe('this');
});

test('custom elements get placeholder definitions', async () => {
  const events = [
    ...basePage([element(10, 'shop-cart', {}, [text(11, 'cart')])]),
    incremental(100, {
      source: IncrementalSource.CustomElement,
      define: { name: 'shop-cart' },
    }),
    incremental(200, {
      source: IncrementalSource.CustomElement,
      define: { name: 'NotValid' },
    }),
  ];
  const replayer = open(events);
  await replayer.seek(200);

  const cart = replayer.getNode(10) as Element;
  expect(cart.matches(':defined')).toBe(true);
  const codes = replayer.getState().diagnostics.map(({ code }) => code);
  expect(codes).toContain('custom-element-rejected');
});
