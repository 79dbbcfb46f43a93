import { afterEach, expect, test } from 'vitest';
import { createReplayer } from '../../src/engine';
import type { Replayer } from '../../src/engine';
import { createRoot } from '../support/recordings';
import { basePage, element, mutation, PAGE, text } from '../support/stream';

let replayer: Replayer | undefined;
afterEach(() => replayer?.destroy());

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

declare global {
  interface Window {
    recordedCodeRan?: string;
  }
}

test('iframe sandbox allows no scripts', () => {
  replayer = createReplayer(basePage(), { root: createRoot() });
  expect(replayer.iframe.getAttribute('sandbox')).toBe('allow-same-origin');
});

test('recorded scripts and handlers never run', async () => {
  const hostile = 'parent.recordedCodeRan = "yes"';
  const events = [
    ...basePage([
      element(10, 'script', {}, [text(11, hostile)]),
      element(12, 'img', { src: 'data:,', onerror: hostile }),
      element(13, 'svg', { onload: hostile }),
    ]),
    mutation(50, {
      adds: [
        {
          parentId: PAGE.body,
          nextId: null,
          node: element(20, 'img', { src: 'data:,', onerror: hostile }),
        },
      ],
      attributes: [{ id: 12, attributes: { onerror: hostile, src: 'x:' } }],
    }),
  ];
  replayer = createReplayer(events, { root: createRoot() });
  await replayer.seek(100);
  await wait(300);

  expect(window.recordedCodeRan).toBeUndefined();
  expect(replayer.document.querySelectorAll('img').length).toBe(2);
});

test('sandbox stops handlers the sanitizer missed', async () => {
  // An element put into the replayed document behind the engine's back,
  // as a sanitizer gap would let through.
  replayer = createReplayer(basePage(), { root: createRoot() });
  const image = replayer.document.createElement('img');
  image.setAttribute('onerror', 'parent.recordedCodeRan = "yes"');
  image.src = 'data:,';
  replayer.document.body.append(image);
  await wait(300);

  expect(window.recordedCodeRan).toBeUndefined();
});

function imagePage() {
  const probe = `${location.origin}/reprise-network-probe.png`;
  return {
    probe,
    events: basePage([element(10, 'img', { src: probe })]),
  };
}

/** True when a request for `url` got a response from the server. */
function reachedServer(replayer: Replayer, url: string): boolean {
  const view = replayer.iframe.contentWindow!;
  // Requests blocked by the policy are listed too, with status 0.
  return view.performance
    .getEntriesByType('resource')
    .some(
      (entry) =>
        entry.name === url &&
        (entry as PerformanceResourceTiming).responseStatus > 0,
    );
}

test('replay fetches nothing by default', async () => {
  const { probe, events } = imagePage();
  replayer = createReplayer(events, { root: createRoot() });
  await wait(300);

  expect(reachedServer(replayer, probe)).toBe(false);
});

test('original asset policy loads assets', async () => {
  const { probe, events } = imagePage();
  replayer = createReplayer(events, { root: createRoot(), assets: 'original' });
  await wait(300);

  expect(reachedServer(replayer, probe)).toBe(true);
});
