import { afterEach, expect, test } from 'vitest';
import { createReplayer } from '../../src/engine';
import type { Replayer } from '../../src/engine';
import { createRoot } from '../support/recordings';
import {
  PROBE_ORIGIN,
  startRequestLog,
  takeRequestLog,
} from '../support/requestLog';
import { basePage, element } from '../support/stream';

// Controls for the XSS corpus test: the request log must see requests of
// the host page and of the replay frame, and dialogs, or its zero proves
// nothing.

let replayer: Replayer | undefined;
afterEach(() => replayer?.destroy());

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test('request log sees host requests', async () => {
  await startRequestLog();
  const image = document.createElement('img');
  image.src = `${PROBE_ORIGIN}/host-control.png`;
  document.body.append(image);
  await wait(300);
  image.remove();
  const log = await takeRequestLog();

  expect(log.requests).toContain(`${PROBE_ORIGIN}/host-control.png`);
});

test('request log sees replay frame requests', async () => {
  const url = `${PROBE_ORIGIN}/frame-control.png`;
  await startRequestLog();
  replayer = createReplayer(basePage([element(10, 'img', { src: url })]), {
    root: createRoot(),
    assets: 'original',
  });
  await wait(300);
  const log = await takeRequestLog();

  expect(log.requests).toContain(url);
});

test('request log sees dialogs of frames', async () => {
  // The test runner stubs dialogs of its own window, not of iframes.
  await startRequestLog();
  const frame = document.createElement('iframe');
  frame.srcdoc = "<script>confirm('dialog control')</script>";
  document.body.append(frame);
  await wait(300);
  frame.remove();
  const log = await takeRequestLog();

  expect(log.dialogs).toEqual(['confirm: dialog control']);
});

test('no asset policy loads the image', async () => {
  const url = `${PROBE_ORIGIN}/frame-blocked.png`;
  await startRequestLog();
  replayer = createReplayer(basePage([element(10, 'img', { src: url })]), {
    root: createRoot(),
  });
  await wait(300);
  const log = await takeRequestLog();

  expect(log.requests).toEqual([]);
  expect(log.failures).toEqual([]);
});

test('asset resolver rewrites what the frame fetches', async () => {
  const original = 'https://assets.example.test/logo.png';
  const proxied = `${PROBE_ORIGIN}/proxy?url=${encodeURIComponent(original)}`;
  const kinds: string[] = [];
  await startRequestLog();
  replayer = createReplayer(basePage([element(10, 'img', { src: original })]), {
    root: createRoot(),
    assets: ({ url, kind }) => {
      kinds.push(kind);
      return url === original ? proxied : null;
    },
  });
  await wait(300);
  const log = await takeRequestLog();

  // The hidden indexing frame may load the image a second time.
  expect(new Set(log.requests)).toEqual(new Set([proxied]));
  expect(kinds).toEqual(['image']);
});

test('frame policy blocks loads the sanitizer missed', async () => {
  // Simulates a sanitizer gap: an element put into the replayed document
  // behind the engine's back. The policy must stop its request.
  replayer = createReplayer(basePage(), { root: createRoot() });
  const url = `${location.origin}/reprise-policy-probe.png`;
  await startRequestLog();
  const image = replayer.document.createElement('img');
  image.src = url;
  replayer.document.body.append(image);
  await wait(300);
  const log = await takeRequestLog();

  expect(log.failures).toEqual([`${url} csp`]);
});
