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
import { waitForIndex } from '../support/waitForIndex';

const replayers: Replayer[] = [];
afterEach(() => {
  for (const replayer of replayers.splice(0)) replayer.destroy();
});

function open(events: eventWithTime[]): Replayer {
  const replayer = createReplayer(events, {
    root: createRoot(),
    checkpoints: { maxEvents: 1 },
    // These tests check recorded values, which masking would replace.
    maskAllInputs: false,
  });
  replayers.push(replayer);
  return replayer;
}

const option = (id: number, value: string) =>
  element(id, 'option', { value }, [text(id + 1, value)]);

const listBox = element(10, 'select', { size: 2 }, [
  option(11, 'a'),
  option(13, 'b'),
  option(15, 'c'),
  option(17, 'd'),
  option(19, 'e'),
]);

test('select input keeps list box scroll', async () => {
  const events = [
    ...basePage([listBox]),
    incremental(100, {
      source: IncrementalSource.Input,
      id: 10,
      text: 'e',
      isChecked: false,
    }),
  ];
  const replayer = open(events);
  await replayer.seek(100);
  const select = replayer.getNode(10) as HTMLSelectElement;

  expect(select.value).toBe('e');
  expect(select.scrollTop).toBe(0);
});

test('checkpoints keep selected options', async () => {
  const events = [
    ...basePage([listBox]),
    incremental(100, {
      source: IncrementalSource.Input,
      id: 10,
      text: 'c',
      isChecked: false,
    }),
    mutation(200, { texts: [{ id: 12, value: 'a!' }] }),
  ];
  const replayer = open(events);
  await waitForIndex(replayer);

  await replayer.seek(200);
  await replayer.seek(150);
  expect((replayer.getNode(10) as HTMLSelectElement).value).toBe('c');
  // A list box starts with no option selected.
  await replayer.seek(50);
  expect((replayer.getNode(10) as HTMLSelectElement).value).toBe('');
});

test('modal dialog closes on forward seek', async () => {
  const events = [
    ...basePage([
      element(10, 'dialog', { open: true, rr_open_mode: 'modal' }, [
        text(11, 'modal'),
      ]),
    ]),
    mutation(100, {
      attributes: [{ id: 10, attributes: { open: null, rr_open_mode: null } }],
    }),
  ];
  const replayer = open(events);
  await replayer.seek(50);
  expect((replayer.getNode(10) as Element).matches(':modal')).toBe(true);

  await replayer.seek(100);
  const dialog = replayer.getNode(10) as HTMLDialogElement;
  expect(dialog.matches(':modal')).toBe(false);
  expect(dialog.open).toBe(false);
});

test('removing a subtree reports nothing missing', async () => {
  const events = [
    ...basePage([
      element(10, 'ul', {}, [element(11, 'li', {}, [text(12, 'x')])]),
    ]),
    // The recorder lists the removed node's descendants too.
    mutation(100, {
      removes: [
        { parentId: PAGE.body, id: 10 },
        { parentId: 10, id: 11 },
        { parentId: 11, id: 12 },
      ],
    }),
  ];
  const replayer = open(events);
  await replayer.seek(100);

  expect(replayer.document.querySelector('ul')).toBeNull();
  expect(replayer.getState().diagnostics).toEqual([]);
});

test('scroll of a later removed node is quiet', async () => {
  const events = [
    ...basePage([
      element(10, 'div', { style: 'height: 50px; overflow: auto' }, [
        element(11, 'div', { style: 'height: 500px' }),
      ]),
    ]),
    incremental(100, { source: IncrementalSource.Scroll, id: 10, x: 0, y: 40 }),
    mutation(200, { removes: [{ parentId: PAGE.body, id: 10 }] }),
    incremental(300, { source: IncrementalSource.Scroll, id: 99, x: 0, y: 1 }),
  ];
  const replayer = open(events);
  await waitForIndex(replayer);

  await replayer.seek(100);
  expect((replayer.getNode(10) as Element).scrollTop).toBe(40);
  await replayer.seek(250);
  await replayer.seek(0);
  await replayer.seek(300);

  // Only the scroll of a node that never existed is reported, once:
  // indexing replayed every event, and seeks add no duplicates.
  const { diagnostics } = replayer.getState();
  expect(diagnostics.map(({ code }) => code)).toEqual(['missing-node:scroll']);
  expect(diagnostics[0]?.count).toBe(1);
});

test('multiple select input infers selection', async () => {
  const tags = element(10, 'select', { multiple: true }, [
    option(11, 'a'),
    option(13, 'b'),
    option(15, 'c'),
    option(17, 'd'),
  ]);
  const events = [
    ...basePage([tags]),
    // The recorder sends the select's value: its first selected option.
    incremental(100, {
      source: IncrementalSource.Input,
      id: 10,
      text: 'b',
      isChecked: false,
    }),
    incremental(200, {
      source: IncrementalSource.Input,
      id: 10,
      text: 'c',
      isChecked: false,
    }),
  ];
  const replayer = open(events);
  const selected = () =>
    [...(replayer.getNode(10) as HTMLSelectElement).selectedOptions].map(
      (item) => item.value,
    );

  await replayer.seek(100);
  expect(selected()).toEqual(['b']);
  await replayer.seek(200);
  expect(selected()).toEqual(['c']);
});
