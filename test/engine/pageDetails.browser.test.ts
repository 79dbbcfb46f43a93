import { IncrementalSource } from '@rrweb/types';
import type { eventWithTime } from '@rrweb/types';
import { afterEach, expect, test } from 'vitest';
import { createReplayer } from '../../src/engine';
import type { Replayer } from '../../src/engine';
import { createRoot } from '../support/recordings';
import {
  basePage,
  element,
  incremental,
  mutation,
  PAGE,
  text,
} from '../support/stream';

const replayers: Replayer[] = [];
afterEach(() => {
  for (const replayer of replayers.splice(0)) replayer.destroy();
});

function open(events: eventWithTime[]): Replayer {
  // Recorded values are checked, so input masking is off.
  const replayer = createReplayer(events, {
    root: createRoot(),
    maskAllInputs: false,
  });
  replayers.push(replayer);
  return replayer;
}

const PAGE_URL = 'https://example.test/shop/cart';

test('textarea value shows once', async () => {
  const events = [
    ...basePage([
      element(10, 'textarea', { value: 'typed' }, [text(11, 'typed')]),
    ]),
    incremental(100, {
      source: IncrementalSource.Input,
      id: 10,
      text: 'typed more',
      isChecked: false,
    }),
    mutation(200, {
      adds: [
        {
          parentId: PAGE.body,
          nextId: null,
          node: element(20, 'textarea', { value: 'added' }),
        },
        { parentId: 20, nextId: null, node: text(21, 'added') },
      ],
    }),
  ];
  const replayer = open(events);
  const area = (id: number) => replayer.getNode(id) as HTMLTextAreaElement;

  await replayer.seek(0);
  expect(area(10).value).toBe('typed');
  expect(area(10).textContent).toBe('typed');
  await replayer.seek(100);
  expect(area(10).value).toBe('typed more');
  await replayer.seek(200);
  expect(area(20).value).toBe('added');
});

test('dialogs open modal or not', async () => {
  const events = [
    ...basePage([
      element(10, 'dialog', { open: true, rr_open_mode: 'modal' }, [
        text(11, 'modal'),
      ]),
      element(12, 'dialog', { open: true, rr_open_mode: 'non-modal' }, [
        text(13, 'plain'),
      ]),
    ]),
    mutation(100, { attributes: [{ id: 10, attributes: { open: null } }] }),
  ];
  const replayer = open(events);
  const dialog = (id: number) => replayer.getNode(id) as HTMLDialogElement;

  await replayer.seek(0);
  expect(dialog(10).matches(':modal')).toBe(true);
  expect(dialog(12).open).toBe(true);
  expect(dialog(12).matches(':modal')).toBe(false);

  await replayer.seek(100);
  expect(dialog(10).open).toBe(false);
  await replayer.seek(50);
  expect(dialog(10).matches(':modal')).toBe(true);
});

test('relative URLs resolve against the recorded page', async () => {
  const events = basePage([element(10, 'a', { href: '/help' })], {
    href: PAGE_URL,
  });
  const replayer = open(events);
  const link = replayer.getNode(10) as HTMLAnchorElement;

  expect(link.href).toBe('https://example.test/help');
  expect(link.href.startsWith(location.origin)).toBe(false);
});

test('svg use of a page fragment renders', async () => {
  const svg = (
    id: number,
    tagName: string,
    attributes = {},
    children = [],
  ) => ({
    ...element(id, tagName, attributes, children),
    isSVG: true as const,
  });
  const events = basePage(
    [
      svg(10, 'svg', { width: 50, height: 50 }, [
        svg(11, 'symbol', { id: 'icon', viewBox: '0 0 10 10' }, [
          svg(12, 'rect', { width: 10, height: 10, fill: 'red' }),
        ] as never),
        svg(13, 'use', {
          'xlink:href': `${PAGE_URL}#icon`,
          width: 40,
          height: 40,
        }),
      ] as never),
    ],
    { href: PAGE_URL },
  );
  const replayer = open(events);
  const use = replayer.getNode(13) as SVGUseElement;

  expect(use.getBBox().width).toBe(40);
});

test('hover styles follow the pointer', async () => {
  const events = [
    ...basePage([
      // Recorders store a style's CSS in `_cssText`, which rebuilding
      // rewrites so `:hover` rules also match a `:hover` class.
      element(5, 'style', { _cssText: 'button:hover { color: red; }' }),
      element(10, 'button', {}, [text(11, 'Buy')]),
      element(12, 'p', {}, [text(13, 'elsewhere')]),
    ]),
    incremental(100, {
      source: IncrementalSource.MouseMove,
      positions: [{ x: 5, y: 5, id: 10, timeOffset: 0 }],
    }),
    incremental(200, {
      source: IncrementalSource.MouseMove,
      positions: [{ x: 5, y: 50, id: 12, timeOffset: 0 }],
    }),
  ];
  const replayer = open(events);
  const color = () => getComputedStyle(replayer.getNode(10) as Element).color;

  await replayer.seek(100);
  expect(color()).toBe('rgb(255, 0, 0)');
  await replayer.seek(200);
  expect(color()).not.toBe('rgb(255, 0, 0)');
  expect((replayer.getNode(10) as Element).hasAttribute('class')).toBe(false);
});
