import { EventType, IncrementalSource } from '@rrweb/types';
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

function open(events: eventWithTime[], indexed = false): Replayer {
  const replayer = createReplayer(events, {
    root: createRoot(),
    checkpoints: indexed ? { maxEvents: 1 } : false,
  });
  replayers.push(replayer);
  return replayer;
}

function colorOf(replayer: Replayer, id: number): string {
  const node = replayer.getNode(id) as Element;
  return node.ownerDocument.defaultView!.getComputedStyle(node).color;
}

const RED = 'rgb(255, 0, 0)';
const GREEN = 'rgb(0, 128, 0)';
const BLUE = 'rgb(0, 0, 255)';

test('insertRule and deleteRule with nested indexes', async () => {
  const events = [
    ...basePage([
      element(10, 'style', {}, [
        text(11, '@media all { p { color: red; } } .x { color: blue; }'),
      ]),
      element(12, 'p', { class: 'x' }, [text(13, 'text')]),
    ]),
    incremental(100, {
      source: IncrementalSource.StyleSheetRule,
      id: 10,
      adds: [{ rule: 'p.x { color: green; }', index: [0, 1] }],
    }),
    incremental(200, {
      source: IncrementalSource.StyleSheetRule,
      id: 10,
      removes: [{ index: [0, 1] }],
    }),
  ];
  for (const indexed of [false, true]) {
    const replayer = open(events, indexed);
    if (indexed) await waitForIndex(replayer);

    await replayer.seek(100);
    expect(colorOf(replayer, 12)).toBe(GREEN);
    await replayer.seek(200);
    expect(colorOf(replayer, 12)).toBe(BLUE);
    await replayer.seek(150);
    expect(colorOf(replayer, 12)).toBe(GREEN);
  }
});

test('style declarations set and remove', async () => {
  const events = [
    ...basePage([
      element(10, 'style', {}, [text(11, 'p { color: red; }')]),
      element(12, 'p', {}, [text(13, 'text')]),
    ]),
    incremental(100, {
      source: IncrementalSource.StyleDeclaration,
      id: 10,
      index: [0],
      set: { property: 'color', value: 'blue', priority: undefined },
    }),
    incremental(200, {
      source: IncrementalSource.StyleDeclaration,
      id: 10,
      index: [0],
      remove: { property: 'color' },
    }),
  ];
  const replayer = open(events);

  await replayer.seek(100);
  expect(colorOf(replayer, 12)).toBe(BLUE);
  await replayer.seek(200);
  expect(colorOf(replayer, 12)).toBe('rgb(0, 0, 0)');
});

test('adopted sheets on the document, replaced', async () => {
  const events = [
    ...basePage([element(12, 'p', {}, [text(13, 'text')])]),
    incremental(100, {
      source: IncrementalSource.AdoptedStyleSheet,
      id: PAGE.document,
      styles: [{ styleId: 1, rules: [{ rule: 'p { color: red; }' }] }],
      styleIds: [1],
    }),
    incremental(200, {
      source: IncrementalSource.StyleSheetRule,
      styleId: 1,
      replaceSync: 'p { color: green; }',
    }),
  ];
  for (const indexed of [false, true]) {
    const replayer = open(events, indexed);
    if (indexed) await waitForIndex(replayer);

    await replayer.seek(50);
    expect(colorOf(replayer, 12)).toBe('rgb(0, 0, 0)');
    await replayer.seek(100);
    expect(colorOf(replayer, 12)).toBe(RED);
    await replayer.seek(200);
    expect(colorOf(replayer, 12)).toBe(GREEN);
  }
});

function shadowHost() {
  const host = element(20, 'div');
  const inner = element(21, 'span', {}, [text(22, 'inside')]);
  return {
    adds: [
      {
        parentId: PAGE.body,
        nextId: null,
        node: { ...host, isShadowHost: true },
      },
      { parentId: 20, nextId: null, node: { ...inner, isShadow: true } },
      { parentId: 21, nextId: null, node: text(22, 'inside') },
    ],
  };
}

test('shadow root sheet adopted before the host exists', async () => {
  const { adds } = shadowHost();
  const events = [
    ...basePage(),
    incremental(50, {
      source: IncrementalSource.AdoptedStyleSheet,
      id: 20,
      styles: [{ styleId: 1, rules: [{ rule: 'span { color: blue; }' }] }],
      styleIds: [1],
    }),
    mutation(100, { adds }),
    mutation(200, { removes: [{ parentId: PAGE.body, id: 20 }] }),
    mutation(300, { adds }),
  ];
  for (const indexed of [false, true]) {
    const replayer = open(events, indexed);
    if (indexed) await waitForIndex(replayer);

    await replayer.seek(100);
    expect(colorOf(replayer, 21)).toBe(BLUE);
    await replayer.seek(300);
    expect(colorOf(replayer, 21)).toBe(BLUE);
    await replayer.seek(150);
    expect(colorOf(replayer, 21)).toBe(BLUE);
  }
});

test('style ids restart with each snapshot', async () => {
  const first = basePage([element(12, 'p', {}, [text(13, 'text')])]);
  const second = basePage([element(12, 'p', {}, [text(13, 'text')])]).map(
    (event) => ({ ...event, timestamp: event.timestamp + 1000 }),
  );
  const adopt = (time: number, rule: string) =>
    incremental(time, {
      source: IncrementalSource.AdoptedStyleSheet,
      id: PAGE.document,
      styles: [{ styleId: 1, rules: [{ rule }] }],
      styleIds: [1],
    });
  const events = [
    ...first,
    adopt(100, 'p { color: red; }'),
    ...second,
    adopt(1100, 'p { color: blue; }'),
  ];
  expect(events.filter((e) => e.type === EventType.FullSnapshot).length).toBe(
    2,
  );
  const replayer = open(events);

  await replayer.seek(100);
  expect(colorOf(replayer, 12)).toBe(RED);
  await replayer.seek(1100);
  expect(colorOf(replayer, 12)).toBe(BLUE);
});
