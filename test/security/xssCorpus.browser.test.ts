import { act } from 'react';
import { createElement } from 'react';
import { createRoot as createReactRoot } from 'react-dom/client';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { createReplayer, ReplayPlayer } from '../../src';
import type { Replayer } from '../../src';
import { createRoot } from '../support/recordings';
import { startRequestLog, takeRequestLog } from '../support/requestLog';
import { waitForIndex } from '../support/waitForIndex';
import { ELEMENT_ATTACKS } from './attacks';
import { buildCorpusRecording } from './corpusRecording';

declare global {
  interface Window {
    reprisePwned?: string;
  }
  var IS_REACT_ACT_ENVIRONMENT: boolean;
}

globalThis.IS_REACT_ACT_ENVIRONMENT = true;

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const DIALOGS = ['alert', 'confirm', 'prompt', 'print', 'open'] as const;
let hostDialogs: string[] = [];
const originals = new Map<string, unknown>();

beforeEach(() => {
  hostDialogs = [];
  for (const name of DIALOGS) {
    originals.set(name, window[name]);
    Object.assign(window, {
      [name]: (...args: unknown[]) => {
        hostDialogs.push(`${name}: ${String(args[0])}`);
        return null;
      },
    });
  }
});

afterEach(() => {
  for (const name of DIALOGS)
    Object.assign(window, { [name]: originals.get(name) });
  delete window.reprisePwned;
});

/** Returns the host page outside the player, as markup. */
function hostMarkup(root: HTMLElement): string {
  const clone = document.documentElement.cloneNode(true) as HTMLElement;
  const index = [...document.body.children].indexOf(root);
  clone.querySelector('body')?.children[index]?.remove();
  return clone.outerHTML;
}

/** Returns every document of the replay: the frame's and its iframes'. */
function documentsOf(doc: Document): Document[] {
  const nested = [...doc.querySelectorAll('iframe')].flatMap((frame) =>
    frame.contentDocument ? documentsOf(frame.contentDocument) : [],
  );
  return [doc, ...nested];
}

/** Describes whatever active content is left in a replayed document. */
function activeContent(doc: Document): string[] {
  const found: string[] = [];
  const dangerous =
    // The engine's own <base> (data-reprise) carries the recorded page URL.
    'script, object, embed, applet, base:not([data-reprise]), portal, ' +
    'frame, meta[http-equiv], ' +
    'link:not([rel="stylesheet"])';
  for (const element of doc.querySelectorAll(dangerous)) {
    found.push(`<${element.localName}>`);
  }
  for (const element of doc.querySelectorAll('*')) {
    for (const { name, value } of element.attributes) {
      // URL parsers skip these characters, so attacks hide behind them.
      // eslint-disable-next-line no-control-regex -- they are the point
      const normalized = value.replace(/[\s\u0000-\u001f]/g, '').toLowerCase();
      if (name.startsWith('on') || name === 'srcdoc') {
        found.push(`<${element.localName} ${name}>`);
      } else if (/^(javascript|vbscript):|^data:text\/html/.test(normalized)) {
        found.push(`<${element.localName} ${name}="${value.slice(0, 30)}">`);
      }
    }
  }
  return found;
}

test('corpus covers at least 100 attack shapes', () => {
  const { shapes } = buildCorpusRecording();
  expect(Object.keys(ELEMENT_ATTACKS).length).toBeGreaterThanOrEqual(100);
  expect(shapes).toBeGreaterThanOrEqual(150);
});

test('corpus replay runs and fetches nothing', async () => {
  const { events } = buildCorpusRecording();
  const root = createRoot();
  const before = hostMarkup(root);
  await startRequestLog();

  const replayer: Replayer = createReplayer(events, { root });
  try {
    await waitForIndex(replayer);
    const { duration } = replayer.getState();
    const leftovers: string[] = [];
    let nestedAttacks = 0;
    const inspect = () => {
      const documents = documentsOf(replayer.document);
      for (const nested of documents.slice(1)) {
        const count = nested.body?.childElementCount ?? 0;
        nestedAttacks = Math.max(nestedAttacks, count);
      }
      leftovers.push(...documents.flatMap(activeContent));
    };
    for (const time of [0, duration / 3, duration, 20, 40, duration / 2]) {
      await replayer.seek(time);
      inspect();
    }
    replayer.setSpeed(16);
    replayer.play();
    await wait(400);
    replayer.pause();
    inspect();
    await replayer.seek(duration);
    await wait(500);
    inspect();

    expect(leftovers).toEqual([]);
    // The attacks in the recorded iframe's document were built too.
    expect(nestedAttacks).toBeGreaterThan(50);
    expect(replayer.getState().status).not.toBe('error');
  } finally {
    replayer.destroy();
  }

  const log = await takeRequestLog();
  expect(window.reprisePwned).toBeUndefined();
  expect(hostDialogs).toEqual([]);
  expect(log.dialogs).toEqual([]);
  expect(log.requests).toEqual([]);
  root.remove();
  expect(hostMarkup(root)).toBe(before);
});

test('corpus in the player panels stays inert', async () => {
  const { events } = buildCorpusRecording();
  const container = document.createElement('div');
  container.style.width = '900px';
  document.body.append(container);
  const before = hostMarkup(container);
  await startRequestLog();

  const reactRoot = createReactRoot(container);
  await act(async () => {
    reactRoot.render(createElement(ReplayPlayer, { events, autoPlay: true }));
  });
  for (const tab of ['Console', 'Network', 'Events']) {
    const button = [...container.querySelectorAll('[role="tab"]')].find(
      (element) => element.textContent?.includes(tab),
    );
    expect(button, `${tab} tab`).toBeDefined();
    await act(async () => (button as HTMLElement).click());
    await wait(200);
  }
  const shownLinks = [...container.querySelectorAll('a[href]')].filter((link) =>
    /^\s*(javascript|data):/i.test(link.getAttribute('href') ?? ''),
  );
  expect(shownLinks).toEqual([]);
  expect(container.querySelectorAll('img[onerror], [onerror]').length).toBe(0);
  await act(async () => reactRoot.unmount());

  const log = await takeRequestLog();
  expect(window.reprisePwned).toBeUndefined();
  expect(hostDialogs).toEqual([]);
  expect(log.dialogs).toEqual([]);
  expect(log.requests).toEqual([]);
  container.remove();
  expect(hostMarkup(container)).toBe(before);
});
