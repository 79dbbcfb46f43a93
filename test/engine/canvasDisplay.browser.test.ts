import { CanvasContext, IncrementalSource } from '@rrweb/types';
import { afterEach, expect, test } from 'vitest';
import { page } from 'vitest/browser';
import { createReplayer } from '../../src/engine';
import type { Replayer } from '../../src/engine';
import { createRoot } from '../support/recordings';
import { basePage, element, incremental } from '../support/stream';

let replayer: Replayer | undefined;
afterEach(() => replayer?.destroy());

/** Reads a pixel of a screenshot of `target`, in CSS pixels. */
async function screenPixel(target: HTMLElement, x: number, y: number) {
  // Unsaved, a screenshot comes back as base64 text.
  const base64 = await page.screenshot({ element: target, save: false });
  const image = new Image();
  image.src = `data:image/png;base64,${base64}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = image.width;
  canvas.height = image.height;
  const context = canvas.getContext('2d')!;
  context.drawImage(image, 0, 0);
  const scale = image.width / target.getBoundingClientRect().width;
  return [...context.getImageData(x * scale, y * scale, 1, 1).data];
}

// The replay frame runs no scripts, and a browser shows a canvas's
// fallback content in such a document; the drawing must still be seen.
test('drawn canvas shows on screen', async () => {
  const events = [
    ...basePage([
      element(10, 'canvas', { width: 100, height: 50 }),
      element(11, 'canvas', {
        width: 10,
        height: 10,
        style: 'width: 200px; height: 100px; display: block',
      }),
    ]),
    incremental(100, {
      source: IncrementalSource.CanvasMutation,
      id: 10,
      type: CanvasContext['2D'],
      commands: [
        { property: 'fillStyle', args: ['rgb(255, 0, 0)'], setter: true },
        { property: 'fillRect', args: [0, 0, 100, 50] },
      ],
    }),
    incremental(100, {
      source: IncrementalSource.CanvasMutation,
      id: 11,
      type: CanvasContext['2D'],
      commands: [
        { property: 'fillStyle', args: ['rgb(0, 0, 255)'], setter: true },
        { property: 'fillRect', args: [0, 0, 10, 10] },
      ],
    }),
  ];
  const root = createRoot(800, 600);
  // An id gives the screenshot a unique locator: the root also contains the
  // hidden indexing frame.
  root.id = 'canvas-display-root';
  replayer = createReplayer(events, { root });
  await replayer.seek(100);

  const frame = replayer.iframe.getBoundingClientRect();
  const origin = root.getBoundingClientRect();
  const first = (replayer.getNode(10) as Element).getBoundingClientRect();
  const second = (replayer.getNode(11) as Element).getBoundingClientRect();
  expect([first.width, first.height]).toEqual([100, 50]);
  expect([second.width, second.height]).toEqual([200, 100]);

  const scale = replayer.getState().scale;
  const at = (box: DOMRect, dx: number, dy: number) =>
    screenPixel(
      root,
      frame.left - origin.left + (box.left + dx) * scale,
      frame.top - origin.top + (box.top + dy) * scale,
    );
  expect(await at(first, 50, 25)).toEqual([255, 0, 0, 255]);
  expect(await at(second, 190, 90)).toEqual([0, 0, 255, 255]);
});
