import { CanvasContext, EventType, IncrementalSource } from '@rrweb/types';
import type { canvasMutationCommand } from '@rrweb/types';
import { expect, test, vi } from 'vitest';
import {
  captureCanvasPixels,
  restoreCanvasPixels,
  withoutCanvasImages,
} from '../../src/engine/apply/canvas';
import { CANVAS, openFrame, pixel } from '../support/canvasFrame';
import { basePage, element, incremental } from '../support/stream';

function draw(time: number, commands: canvasMutationCommand[]) {
  return incremental(time, {
    source: IncrementalSource.CanvasMutation,
    id: CANVAS,
    type: CanvasContext['2D'],
    commands,
  });
}

const page = () =>
  basePage([element(CANVAS, 'canvas', { width: '40', height: '20' })]);
const RED = [255, 0, 0, 255];
const BLUE = [0, 0, 255, 255];
const CLEAR = [0, 0, 0, 0];

test('batch sets fillStyle and fills', () => {
  const events = [
    ...page(),
    draw(100, [
      { property: 'fillStyle', args: ['rgb(255, 0, 0)'], setter: true },
      { property: 'fillRect', args: [10, 5, 10, 5] },
    ]),
  ];
  const replay = openFrame(events);
  replay.apply(events);

  expect(pixel(replay.canvas(), 10, 5)).toEqual(RED);
  expect(pixel(replay.canvas(), 19, 9)).toEqual(RED);
  expect(pixel(replay.canvas(), 9, 5)).toEqual(CLEAR);
  expect(pixel(replay.canvas(), 20, 9)).toEqual(CLEAR);
  expect(replay.context.changedCanvases).toEqual(new Set([CANVAS]));
  expect(replay.codes()).toEqual([]);
});

test('single commands fill a path', () => {
  const single = (time: number, property: string, args: unknown[] = []) =>
    incremental(time, {
      source: IncrementalSource.CanvasMutation,
      id: CANVAS,
      type: CanvasContext['2D'],
      property,
      args,
    });
  const events = [
    ...page(),
    incremental(10, {
      source: IncrementalSource.CanvasMutation,
      id: CANVAS,
      type: CanvasContext['2D'],
      property: 'fillStyle',
      args: ['#0000ff'],
      setter: true,
    }),
    single(20, 'beginPath'),
    single(30, 'moveTo', [0, 0]),
    single(40, 'lineTo', [20, 0]),
    single(50, 'lineTo', [0, 20]),
    single(60, 'closePath'),
    single(70, 'fill'),
  ];
  const replay = openFrame(events);
  replay.apply(events);

  // The triangle (0,0) (20,0) (0,20) contains (2,2) but not (15,15).
  expect(pixel(replay.canvas(), 2, 2)).toEqual(BLUE);
  expect(pixel(replay.canvas(), 15, 15)).toEqual(CLEAR);
  expect(pixel(replay.canvas(), 30, 2)).toEqual(CLEAR);
});

test('putImageData of a replay-realm ImageData', () => {
  const values = [
    ...[255, 0, 0, 255],
    ...[0, 255, 0, 255],
    ...[0, 0, 255, 255],
    ...[0, 0, 0, 0],
  ];
  const imageData = {
    rr_type: 'ImageData',
    args: [{ rr_type: 'Uint8ClampedArray', args: [values] }, 2, 2],
  };
  const events = [
    ...page(),
    draw(100, [{ property: 'putImageData', args: [imageData, 3, 4] }]),
  ];
  const replay = openFrame(events);
  const context = replay.canvas().getContext('2d')!;
  const spy = vi.spyOn(context, 'putImageData');
  replay.apply(events);

  expect(pixel(replay.canvas(), 3, 4)).toEqual(RED);
  expect(pixel(replay.canvas(), 4, 4)).toEqual([0, 255, 0, 255]);
  expect(pixel(replay.canvas(), 3, 5)).toEqual(BLUE);
  expect(pixel(replay.canvas(), 4, 5)).toEqual(CLEAR);
  const [argument] = spy.mock.calls[0]!;
  expect(argument).toBeInstanceOf(
    (replay.frame.window as typeof window).ImageData,
  );
  expect(argument).not.toBeInstanceOf(ImageData);
});

/**
 * Encodes a PNG of `width` × `height` whose left `filled` columns are
 * `color` and the others transparent.
 */
async function pngBytes(color: string, width = 2, height = 2, filled = width) {
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d')!;
  context.fillStyle = color;
  context.fillRect(0, 0, filled, height);
  const blob = await canvas.convertToBlob({ type: 'image/png' });
  return new Uint8Array(await blob.arrayBuffer());
}

function base64Of(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

test('drawImage waits for the preloaded image', async () => {
  const src = `data:image/png;base64,${base64Of(await pngBytes('#0000ff'))}`;
  const image = { rr_type: 'HTMLImageElement', src };
  const events = [
    ...page(),
    draw(100, [{ property: 'drawImage', args: [image, 5, 6] }]),
  ];
  const replay = openFrame(events);
  expect(replay.images.size).toBe(1);

  replay.apply(events);
  expect(replay.codes()).toEqual(['canvas:image-not-ready']);
  expect(pixel(replay.canvas(), 5, 6)).toEqual(CLEAR);

  await replay.images.ready;
  replay.apply(events);
  expect(pixel(replay.canvas(), 5, 6)).toEqual(BLUE);
  expect(pixel(replay.canvas(), 6, 7)).toEqual(BLUE);
  expect(pixel(replay.canvas(), 7, 7)).toEqual(CLEAR);
  expect(pixel(replay.canvas(), 4, 6)).toEqual(CLEAR);
});

test('FPS-mode frame draws its blob', async () => {
  const base64 = base64Of(await pngBytes('#0000ff', 40, 20, 20));
  const frameArg = {
    rr_type: 'ImageBitmap',
    args: [
      {
        rr_type: 'Blob',
        data: [{ rr_type: 'ArrayBuffer', base64 }],
        type: 'image/png',
      },
    ],
  };
  const events = [
    ...page(),
    draw(100, [
      { property: 'fillStyle', args: ['red'], setter: true },
      { property: 'fillRect', args: [0, 0, 40, 20] },
    ]),
    draw(200, [
      { property: 'clearRect', args: [0, 0, 40, 20] },
      { property: 'drawImage', args: [frameArg, 0, 0] },
    ]),
  ];
  const replay = openFrame(events);
  await replay.images.ready;
  replay.apply(events);

  expect(pixel(replay.canvas(), 0, 0)).toEqual(BLUE);
  expect(pixel(replay.canvas(), 19, 19)).toEqual(BLUE);
  expect(pixel(replay.canvas(), 20, 0)).toEqual(CLEAR);
  expect(pixel(replay.canvas(), 39, 19)).toEqual(CLEAR);
  expect(replay.codes()).toEqual([]);
});

test('rrweb 1.x drawImage of a URL', async () => {
  const src = `data:image/png;base64,${base64Of(await pngBytes('red'))}`;
  const events = [
    ...page(),
    draw(100, [{ property: 'drawImage', args: [src, 0, 0] }]),
  ];
  const replay = openFrame(events);
  await replay.images.ready;
  replay.apply(events);

  expect(pixel(replay.canvas(), 1, 1)).toEqual(RED);
});

test('unknown rr_type constructs nothing', () => {
  const hostile = ['Function', 'Worker', 'ReplayCanary', 'constructor'];
  const events = [
    ...page(),
    ...hostile.map((rr_type, index) =>
      draw(100 + index, [
        { property: 'fillStyle', args: ['red'], setter: true },
        { property: 'fillRect', args: [{ rr_type, args: ['x'] }, 0, 9, 9] },
      ]),
    ),
    draw(200, [{ property: 'fillRect', args: [{ rr_type: 'Float32Array' }] }]),
  ];
  const replay = openFrame(events);
  const realms = [window, replay.frame.window!] as unknown as Record<
    string,
    unknown
  >[];
  const canaries = realms.map((realm) => (realm.ReplayCanary = vi.fn()));
  const workers = [window, replay.frame.window!].map((realm) =>
    vi.spyOn(realm as typeof window, 'Worker'),
  );
  replay.apply(events);
  for (const realm of realms) delete realm.ReplayCanary;

  expect(replay.codes()).toEqual(['canvas:unsupported-argument']);
  expect(replay.context.diagnostics.list()[0]?.count).toBe(5);
  expect(pixel(replay.canvas(), 1, 1)).toEqual(CLEAR);
  for (const spy of [...canaries, ...workers]) {
    expect(spy).not.toHaveBeenCalled();
  }
});

test('members outside allow-lists are unused', () => {
  const names = ['fooBar', 'constructor', '__proto__', 'toString'];
  const events = [
    ...page(),
    draw(
      100,
      names.map((property) => ({ property, args: ['x'] })),
    ),
    draw(200, [
      { property: 'canvas', args: ['x'], setter: true },
      { property: 'fooBar', args: ['x'], setter: true },
      { property: 'fillRect', args: [0, 0, 5, 5], setter: true },
      { property: 'fillStyle', args: [{}], setter: true },
    ]),
  ];
  const replay = openFrame(events);
  const context = replay.canvas().getContext('2d')!;
  const fooBar = vi.fn();
  Object.assign(context, { fooBar });
  const fillRect = vi.spyOn(context, 'fillRect');
  replay.apply(events);

  expect(fooBar).not.toHaveBeenCalled();
  expect(fillRect).not.toHaveBeenCalled();
  expect(context.canvas).toBe(replay.canvas());
  expect(context.fillStyle).toBe('#000000');
  const counts = Object.fromEntries(
    replay.context.diagnostics.list().map((item) => [item.code, item.count]),
  );
  expect(counts).toEqual({
    'canvas:unsupported-command': 7,
    'canvas:unsupported-argument': 1,
  });
});

test('queries are skipped silently', () => {
  const events = [
    ...page(),
    draw(100, [
      { property: 'getImageData', args: [0, 0, 1, 1] },
      { property: 'measureText', args: ['text'] },
    ]),
  ];
  const replay = openFrame(events);
  const context = replay.canvas().getContext('2d')!;
  const getImageData = vi.spyOn(context, 'getImageData');
  replay.apply(events);

  expect(getImageData).not.toHaveBeenCalled();
  expect(replay.codes()).toEqual([]);
});

test('bad targets and context types', () => {
  const events = [
    ...basePage([element(CANVAS, 'canvas'), element(11, 'div')]),
    incremental(100, {
      source: IncrementalSource.CanvasMutation,
      id: 11,
      type: CanvasContext['2D'],
      commands: [{ property: 'fillRect', args: [0, 0, 1, 1] }],
    }),
    incremental(200, {
      source: IncrementalSource.CanvasMutation,
      id: 99,
      type: CanvasContext['2D'],
      commands: [],
    }),
    incremental(300, {
      source: IncrementalSource.CanvasMutation,
      id: CANVAS,
      type: 7 as CanvasContext,
      commands: [],
    }),
    incremental(400, {
      source: IncrementalSource.CanvasMutation,
      id: CANVAS,
      type: CanvasContext['2D'],
      commands: 'fillRect' as never,
    }),
  ];
  const replay = openFrame(events);
  replay.apply(events);

  expect(replay.codes().sort()).toEqual([
    'canvas:malformed',
    'canvas:not-canvas',
    'canvas:unsupported-context',
    'missing-node:canvas',
  ]);
  expect(replay.context.changedCanvases.size).toBe(0);
});

test('checkpoint keeps 2D pixels and state', () => {
  const before = [
    ...page(),
    draw(100, [
      { property: 'fillStyle', args: ['rgb(0, 0, 255)'], setter: true },
      { property: 'fillRect', args: [0, 0, 10, 10] },
      { property: 'translate', args: [20, 0] },
      { property: 'globalAlpha', args: [1], setter: true },
    ]),
  ];
  const after = [draw(200, [{ property: 'fillRect', args: [0, 10, 5, 5] }])];
  const hidden = openFrame(before);
  hidden.apply(before);
  const copies = captureCanvasPixels(hidden.context, [CANVAS]);
  hidden.apply(after);

  const visible = openFrame(before, hidden.images);
  restoreCanvasPixels(visible.context, copies);
  expect(pixel(visible.canvas(), 5, 5)).toEqual(BLUE);
  expect(pixel(visible.canvas(), 22, 12)).toEqual(CLEAR);
  expect(visible.context.changedCanvases).toEqual(new Set([CANVAS]));

  // The translation and fill colour set before the checkpoint still hold.
  visible.apply(after);
  expect(pixel(visible.canvas(), 22, 12)).toEqual(BLUE);
  expect(pixel(visible.canvas(), 2, 12)).toEqual(CLEAR);
  expect(visible.codes()).toEqual([]);
});

test('checkpoint inside save() is reported', () => {
  const events = [
    ...page(),
    draw(100, [
      { property: 'save', args: [] },
      { property: 'rect', args: [0, 0, 5, 5] },
      { property: 'clip', args: [] },
      { property: 'restore', args: [] },
      { property: 'save', args: [] },
    ]),
  ];
  const hidden = openFrame(events);
  hidden.apply(events);
  const copies = captureCanvasPixels(hidden.context, [CANVAS, 4, 99]);
  expect(copies.map(({ id }) => id)).toEqual([CANVAS]);

  const visible = openFrame(events, hidden.images);
  restoreCanvasPixels(visible.context, copies);
  expect(visible.codes()).toEqual(['canvas:checkpoint-state']);
  expect(visible.context.diagnostics.list()[0]?.message).toContain('save()');
});

test('snapshot image stays under commands', async () => {
  const recorded = document.createElement('canvas');
  recorded.width = 40;
  recorded.height = 20;
  const context = recorded.getContext('2d')!;
  context.fillStyle = 'red';
  context.fillRect(0, 0, 40, 20);
  const events = [
    ...basePage([
      element(CANVAS, 'canvas', {
        width: '40',
        height: '20',
        rr_dataURL: recorded.toDataURL(),
      }),
    ]),
    draw(100, [
      { property: 'fillStyle', args: ['blue'], setter: true },
      { property: 'fillRect', args: [0, 0, 10, 10] },
    ]),
  ];
  const snapshot = events[1]!;
  const before = JSON.stringify(snapshot);
  const { images } = openFrame(events);
  await images.ready;

  // As a seek does: build, paint and apply in one go, then let the
  // browser run the tasks that loading images queues.
  const replay = openFrame(events, images);
  replay.paintSnapshot();
  expect(pixel(replay.canvas(), 5, 5)).toEqual(RED);
  replay.apply(events);
  await new Promise((resolve) => setTimeout(resolve, 100));
  expect(pixel(replay.canvas(), 5, 5)).toEqual(BLUE);
  expect(pixel(replay.canvas(), 30, 15)).toEqual(RED);
  expect(replay.context.changedCanvases).toEqual(new Set([CANVAS]));
  expect(JSON.stringify(snapshot)).toBe(before);
  expect(replay.codes()).toEqual([]);
});

test('tree without canvas images is unchanged', () => {
  const [, snapshot] = page();
  if (snapshot?.type !== EventType.FullSnapshot) throw new Error('snapshot');
  expect(withoutCanvasImages(snapshot.data.node)).toBe(snapshot.data.node);
});

test('SVG data URL image is drawn', async () => {
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4">' +
    '<rect width="4" height="4" fill="#00f"/></svg>';
  const src = `data:image/svg+xml,${encodeURIComponent(svg)}`;
  const image = { rr_type: 'HTMLImageElement', src };
  const events = [
    ...page(),
    draw(100, [{ property: 'drawImage', args: [image, 0, 0] }]),
  ];
  const replay = openFrame(events);
  await replay.images.ready;
  replay.apply(events);

  expect(replay.images.source(src)?.status).toBe('ready');
  expect(pixel(replay.canvas(), 3, 3)).toEqual(BLUE);
  expect(pixel(replay.canvas(), 4, 4)).toEqual(CLEAR);
});

test('offline frame does not load remote images', async () => {
  const src = 'http://127.0.0.1:9/image.png';
  const events = [
    ...page(),
    draw(100, [
      { property: 'drawImage', args: [{ rr_type: 'HTMLImageElement', src }] },
    ]),
  ];
  const replay = openFrame(events);
  await replay.images.ready;
  replay.apply(events);

  expect(replay.images.source(src)?.status).toBe('failed');
  expect(replay.codes()).toEqual(['canvas:image-not-ready']);
});

test('closed image cache settles without images', async () => {
  const src = `data:image/png;base64,${base64Of(await pngBytes('red'))}`;
  const events = [
    ...page(),
    draw(100, [{ property: 'drawImage', args: [src, 0, 0] }]),
  ];
  const replay = openFrame(events);
  replay.images.close();
  await replay.images.ready;
  replay.apply(events);

  expect(replay.images.source(src)?.status).toBe('failed');
  expect(replay.images.source(src)?.bitmap).toBeNull();
  expect(pixel(replay.canvas(), 1, 1)).toEqual(CLEAR);
});
