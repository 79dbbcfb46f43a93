import { EventType, IncrementalSource } from '@rrweb/types';
import type { eventWithTime } from '@rrweb/types';
import { afterEach, expect, test } from 'vitest';
import { createReplayer, redactQueryParameters } from '../../src/engine';
import type { CreateReplayerOptions, Replayer } from '../../src/engine';
import { browserScheduler } from '../../src/engine/clock';
import { parseRecording } from '../../src/events';
import type { Recording } from '../../src/events/types';
import { createRoot } from '../support/recordings';
import { waitForIndex } from '../support/waitForIndex';
import {
  basePage,
  element,
  incremental,
  mutation,
  text,
} from '../support/stream';

const replayers: Replayer[] = [];
afterEach(() => {
  for (const replayer of replayers.splice(0)) replayer.destroy();
});

function open(
  events: eventWithTime[] | Recording,
  options: Omit<CreateReplayerOptions, 'root'> = {},
): Replayer {
  const replayer = createReplayer(events, { root: createRoot(), ...options });
  replayers.push(replayer);
  return replayer;
}

const byId = (replayer: Replayer, id: number) =>
  replayer.getNode(id) as HTMLElement;

/** Everything insights derived, as text, to search for leaked secrets. */
const insightText = (replayer: Replayer) => JSON.stringify(replayer.insights);

function formPage(): eventWithTime[] {
  return [
    ...basePage([
      element(10, 'input', { type: 'text', value: 'card 4111' }),
      element(11, 'textarea', {}, [text(12, 'my address')]),
      element(13, 'input', { type: 'submit', value: 'Send' }),
      element(14, 'input', { type: 'checkbox', checked: true }),
    ]),
    incremental(100, {
      source: IncrementalSource.Input,
      id: 10,
      text: 'card 4111 1111',
      isChecked: false,
    }),
    incremental(110, {
      source: IncrementalSource.MouseInteraction,
      type: 2,
      id: 10,
      x: 5,
      y: 5,
    }),
  ];
}

test('input values are masked by default', async () => {
  const replayer = open(formPage());
  await replayer.seek(0);
  expect((byId(replayer, 10) as HTMLInputElement).value).toBe('**** ****');
  expect((byId(replayer, 11) as HTMLTextAreaElement).value).toBe('** *******');
  expect((byId(replayer, 13) as HTMLInputElement).value).toBe('Send');

  await replayer.seek(200);
  expect((byId(replayer, 10) as HTMLInputElement).value).toBe('**** **** ****');
  expect((byId(replayer, 14) as HTMLInputElement).checked).toBe(true);
  expect(JSON.stringify(replayer.recording.events)).not.toContain('4111');
  expect(insightText(replayer)).not.toContain('4111');
});

test('textarea text changes are masked', async () => {
  const replayer = open([
    ...formPage(),
    mutation(300, { texts: [{ id: 12, value: 'new address' }] }),
  ]);
  await replayer.seek(400);
  expect((byId(replayer, 11) as HTMLTextAreaElement).value).toBe('*** *******');
  expect(JSON.stringify(replayer.recording.events)).not.toContain('address');
});

test('maskAllInputs false shows typed values', async () => {
  const replayer = open(formPage(), { maskAllInputs: false });
  await replayer.seek(200);
  expect((byId(replayer, 10) as HTMLInputElement).value).toBe('card 4111 1111');
});

function profilePage(): eventWithTime[] {
  return [
    ...basePage([
      element(10, 'p', { class: 'private' }, [
        text(11, 'Jane Doe'),
        element(12, 'b', {}, [text(13, 'VIP')]),
      ]),
      element(20, 'p', {}, [text(21, 'Public text')]),
      element(30, 'section', {}, [text(31, 'Soon private')]),
    ]),
    mutation(100, { texts: [{ id: 11, value: 'John Roe' }] }),
    mutation(200, {
      attributes: [{ id: 30, attributes: { class: 'private' } }],
    }),
    mutation(300, {
      adds: [
        {
          parentId: 10,
          nextId: null,
          node: element(40, 'span', {}, [text(41, 'added secret')]),
        },
      ],
    }),
    incremental(310, {
      source: IncrementalSource.MouseInteraction,
      type: 2,
      id: 12,
      x: 5,
      y: 5,
    }),
  ];
}

test('maskTextSelector masks matching text', async () => {
  const replayer = open(profilePage(), { maskTextSelector: '.private' });
  await replayer.seek(0);
  expect(byId(replayer, 10).textContent).toBe('**** ******');
  expect(byId(replayer, 20).textContent).toBe('Public text');
  expect(byId(replayer, 30).textContent).toBe('Soon private');

  await replayer.seek(400);
  // 'John Roe', 'VIP' and 'added secret', masked.
  expect(byId(replayer, 10).textContent).toBe(
    '**** ***' + '***' + '***** ******',
  );
  expect(byId(replayer, 30).textContent).toBe('**** *******');
  for (const secret of ['Jane', 'John', 'VIP', 'added secret']) {
    expect(JSON.stringify(replayer.recording.events)).not.toContain(secret);
    expect(insightText(replayer)).not.toContain(secret);
  }
});

test('checkpoints keep masked text', async () => {
  const replayer = open(profilePage(), {
    maskTextSelector: '.private',
    checkpoints: { maxEvents: 1 },
  });
  await waitForIndex(replayer);
  await replayer.seek(250);
  expect(byId(replayer, 10).textContent).toBe('**** ***' + '***');
  expect(byId(replayer, 30).textContent).toBe('**** *******');
});

test('maskTextSelector rejects an invalid selector', () => {
  expect(() => open(profilePage(), { maskTextSelector: 'p[' })).toThrow(
    /maskTextSelector "p\[" is not a valid CSS selector/,
  );
});

function cardPage(): eventWithTime[] {
  return basePage([
    element(10, 'div', { id: 'card', style: 'width: 300px; padding: 8px' }, [
      element(11, 'h2', {}, [text(12, 'Card holder')]),
      element(13, 'img', {
        src: 'data:image/gif;base64,R0lGODlhAQABAAAAACw=',
        width: '40',
        height: '30',
      }),
    ]),
  ]);
}

test('blockSelector shows a same-size placeholder', async () => {
  const plain = open(cardPage());
  const blocked = open(cardPage(), { blockSelector: '#card' });
  await plain.seek(0);
  await blocked.seek(0);

  const card = byId(blocked, 10);
  const size = (node: Element) => {
    const { width, height } = node.getBoundingClientRect();
    return { width, height };
  };
  expect(size(card)).toEqual(size(byId(plain, 10)));
  expect(card.hasAttribute('data-reprise-blocked')).toBe(true);
  expect(card.textContent).not.toContain('Card holder');

  const view = blocked.document.defaultView!;
  expect(view.getComputedStyle(card).backgroundImage).toContain('gradient');
  expect(view.getComputedStyle(byId(blocked, 11)).visibility).toBe('hidden');
  expect(view.getComputedStyle(byId(blocked, 13)).visibility).toBe('hidden');
});

function loggedPage(): eventWithTime[] {
  const [meta, snapshot] = basePage([], {
    href: 'https://shop.test/checkout?token=abc123&step=2',
  });
  return [
    meta!,
    snapshot!,
    {
      type: EventType.Plugin,
      timestamp: 1_100,
      data: {
        plugin: 'rrweb/console@1',
        payload: { level: 'log', payload: ['"password=hunter2"'], trace: [] },
      },
    },
    {
      type: EventType.Plugin,
      timestamp: 1_200,
      data: {
        plugin: 'rrweb/network@1',
        payload: {
          requests: [
            {
              name: 'https://api.shop.test/pay?token=abc123',
              method: 'POST',
              initiatorType: 'fetch',
              status: 200,
              requestBody: 'card=4111',
            },
            { name: 'https://tracker.test/pixel', method: 'GET', status: 200 },
          ],
        },
      },
    },
  ];
}

test('redaction hooks reach engine and insights', async () => {
  const replayer = open(loggedPage(), {
    redact: {
      console: (payload) => ({
        ...payload,
        payload: ['"[redacted]"'],
      }),
      network: (request) =>
        String(request.name).includes('tracker')
          ? null
          : { ...request, requestBody: '[redacted]' },
      url: redactQueryParameters(['token']),
    },
  });
  const emitted: unknown[] = [];
  replayer.onEvent((event) => emitted.push(event));
  replayer.play();
  await new Promise((resolve) => setTimeout(resolve, 400));
  replayer.pause();

  const { console: logs, network, navigations } = replayer.insights;
  expect(logs.entries.map(({ message }) => message)).toEqual(['[redacted]']);
  expect(network.requests.map(({ url }) => url)).toEqual([
    'https://api.shop.test/pay?token=redacted',
  ]);
  expect(replayer.getState().href).toBe(
    'https://shop.test/checkout?token=redacted&step=2',
  );
  expect(emitted).toHaveLength(2);
  for (const secret of ['hunter2', 'abc123', '4111', 'tracker']) {
    expect(JSON.stringify(emitted)).not.toContain(secret);
    expect(JSON.stringify({ logs, network, navigations })).not.toContain(
      secret,
    );
  }
});

/**
 * Returns two pages, the second with a textarea whose text then changes.
 * rrweb-snapshot empties a serialized textarea's `childNodes` when it
 * builds one that has a `value`.
 */
function textareaOnSecondPage(): eventWithTime[] {
  const [meta, first] = basePage([element(10, 'p', {}, [text(11, 'one')])]);
  const [, second] = basePage([
    element(20, 'textarea', { value: 'my address' }, [text(21, 'my address')]),
  ]);
  return [
    meta!,
    first!,
    { ...second!, timestamp: 6_000 },
    {
      ...mutation(0, { texts: [{ id: 21, value: 'new secret street' }] }),
      timestamp: 7_000,
    },
  ];
}

test('another replayer of the recording cannot unmask it', async () => {
  const recording = parseRecording(textareaOnSecondPage());
  // The masked replayer sanitizes its second page only after the
  // unmasked one has built it.
  const masked = open(recording, {
    scheduler: { ...browserScheduler, requestFrame: () => 0 },
  });
  const unmasked = open(recording, { maskAllInputs: false });

  await unmasked.seek(recording.duration);
  await masked.seek(recording.duration);

  expect(JSON.stringify(masked.recording.events)).not.toContain('secret');
  expect(byId(masked, 20).textContent).not.toContain('secret');
});
