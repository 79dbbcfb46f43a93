import { afterEach, expect, test } from 'vitest';
import type { addedNodeMutation } from '@rrweb/types';
import { createReplayer } from '../../src/engine';
import type { Replayer } from '../../src/engine';
import { createRoot } from '../support/recordings';
import { basePage, element, mutation, PAGE, text } from '../support/stream';

let replayer: Replayer | undefined;
afterEach(() => replayer?.destroy());

test('adds before their parent and sibling', async () => {
  // A list whose items arrive before the list, each naming the next item
  // as its sibling: the order the recorder emits when it walks backwards.
  const adds: addedNodeMutation[] = [
    { parentId: 20, nextId: 22, node: element(21, 'li', {}, []) },
    { parentId: 21, nextId: null, node: text(31, 'first') },
    { parentId: 20, nextId: 23, node: element(22, 'li') },
    { parentId: 22, nextId: null, node: text(32, 'second') },
    { parentId: 20, nextId: null, node: element(23, 'li') },
    { parentId: 23, nextId: null, node: text(33, 'third') },
    { parentId: PAGE.body, nextId: null, node: element(20, 'ul') },
  ];
  const events = [...basePage(), mutation(100, { adds })];
  replayer = createReplayer(events, { root: createRoot() });

  await replayer.seek(100);
  const items = [...replayer.document.querySelectorAll('ul > li')];
  expect(items.map((item) => item.textContent)).toEqual([
    'first',
    'second',
    'third',
  ]);
  expect(replayer.getState().diagnostics).toEqual([]);
});

test('5,000 adds in reverse dependency order', async () => {
  const count = 5000;
  const adds: addedNodeMutation[] = [];
  // Item i names item i + 1 as its next sibling. Items come first and
  // the list last, with item 0 as the very first add.
  for (let index = 0; index < count; index += 1) {
    adds.push({
      parentId: 10,
      nextId: index + 1 < count ? 100 + index + 1 : null,
      node: element(100 + index, 'li', { 'data-index': index }),
    });
  }
  adds.push({ parentId: PAGE.body, nextId: null, node: element(10, 'ol') });
  const events = [...basePage(), mutation(100, { adds })];
  replayer = createReplayer(events, { root: createRoot() });

  const started = performance.now();
  await replayer.seek(100);
  const elapsed = performance.now() - started;

  const items = replayer.document.querySelectorAll<HTMLLIElement>('ol > li');
  expect(items.length).toBe(count);
  const order = [...items].map((item) => Number(item.dataset.index));
  expect(order).toEqual([...order].sort((a, b) => a - b));
  // A behaviour bound, not a benchmark: quadratic placement takes seconds.
  expect(elapsed).toBeLessThan(1000);
});

test('removes, texts and style diffs apply', async () => {
  const events = [
    ...basePage([
      element(10, 'p', { style: 'color: red; margin: 4px' }, [text(11, 'a')]),
      element(12, 'span', {}, [text(13, 'gone')]),
    ]),
    mutation(100, {
      removes: [{ parentId: PAGE.body, id: 12 }],
      texts: [{ id: 11, value: 'b' }],
      attributes: [
        {
          id: 10,
          attributes: {
            style: {
              color: 'blue',
              margin: false,
              padding: ['2px', 'important'],
            },
            title: 'hello',
          },
        },
      ],
    }),
  ];
  replayer = createReplayer(events, { root: createRoot() });

  await replayer.seek(100);
  const paragraph = replayer.document.querySelector('p')!;
  expect(paragraph.textContent).toBe('b');
  expect(paragraph.style.color).toBe('blue');
  expect(paragraph.style.margin).toBe('');
  expect(paragraph.style.getPropertyPriority('padding')).toBe('important');
  expect(paragraph.title).toBe('hello');
  expect(replayer.document.querySelector('span')).toBeNull();

  await replayer.seek(99);
  expect(replayer.document.querySelector('span')?.textContent).toBe('gone');
  expect(replayer.document.querySelector('p')!.style.color).toBe('red');
});

test('missing targets become diagnostics', async () => {
  const events = [
    ...basePage(),
    mutation(100, {
      texts: [{ id: 999, value: 'x' }],
      adds: [{ parentId: 998, nextId: null, node: element(50, 'div') }],
    }),
  ];
  replayer = createReplayer(events, { root: createRoot() });
  await replayer.seek(100);

  const codes = replayer.getState().diagnostics.map((item) => item.code);
  expect(codes).toContain('missing-node:text');
  expect(codes).toContain('missing-node:parent');
});

test('out-of-order events play in time order', async () => {
  const first = mutation(100, { texts: [{ id: 11, value: 'first' }] });
  const second = mutation(200, { texts: [{ id: 11, value: 'second' }] });
  const last = mutation(900, { texts: [{ id: 11, value: 'last' }] });
  // The array lists the latest change before the earlier ones.
  const events = [
    ...basePage([element(10, 'p', {}, [text(11, 'start')])]),
    last,
    second,
    first,
  ];
  replayer = createReplayer(events, { root: createRoot() });
  const nodeText = () => replayer!.getNode(11)?.textContent;

  expect(replayer.getState().duration).toBe(900);
  await replayer.seek(150);
  expect(nodeText()).toBe('first');
  await replayer.seek(250);
  expect(nodeText()).toBe('second');
  await replayer.seek(900);
  expect(nodeText()).toBe('last');
});
