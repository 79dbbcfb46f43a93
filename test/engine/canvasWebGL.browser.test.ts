import { CanvasContext, IncrementalSource } from '@rrweb/types';
import type { canvasMutationCommand, eventWithTime } from '@rrweb/types';
import { expect, test } from 'vitest';
import {
  captureCanvasPixels,
  restoreCanvasPixels,
} from '../../src/engine/apply/canvas';
import { CANVAS, openFrame, pixel } from '../support/canvasFrame';
import { fetchRecording } from '../support/recordings';
import { basePage, element, incremental } from '../support/stream';

function gl(
  time: number,
  commands: canvasMutationCommand[],
  type = CanvasContext.WebGL,
) {
  return incremental(time, {
    source: IncrementalSource.CanvasMutation,
    id: CANVAS,
    type,
    commands,
  });
}

const page = () =>
  basePage([element(CANVAS, 'canvas', { width: '40', height: '20' })]);
const RED = [255, 0, 0, 255];
const GREEN = [0, 255, 0, 255];
const BLUE = [0, 0, 255, 255];

const ref = (rr_type: string, index = 0) => ({ rr_type, index });
const floats = (values: number[]) => ({
  rr_type: 'Float32Array',
  args: [values],
});
const call = (property: string, ...args: unknown[]) => ({ property, args });

const VERTEX = 'attribute vec2 p; void main() { gl_Position = vec4(p, 0, 1); }';
const FRAGMENT =
  'precision mediump float; uniform vec4 color; ' +
  'void main() { gl_FragColor = color; }';

/**
 * Commands, as rrweb records them, that clear to blue and fill the left
 * half of the canvas with `color` through a shader program: they create
 * objects that later commands refer to by index.
 */
function leftHalf(color: number[]): canvasMutationCommand[] {
  return [
    call('clearColor', 0, 0, 1, 1),
    call('clear', 16384),
    call('createShader', 35633),
    call('shaderSource', ref('WebGLShader', 0), VERTEX),
    call('compileShader', ref('WebGLShader', 0)),
    call('createShader', 35632),
    call('shaderSource', ref('WebGLShader', 1), FRAGMENT),
    call('compileShader', ref('WebGLShader', 1)),
    call('createProgram'),
    call('attachShader', ref('WebGLProgram'), ref('WebGLShader', 0)),
    call('attachShader', ref('WebGLProgram'), ref('WebGLShader', 1)),
    call('bindAttribLocation', ref('WebGLProgram'), 0, 'p'),
    call('linkProgram', ref('WebGLProgram')),
    call('getProgramParameter', ref('WebGLProgram'), 35714),
    call('useProgram', ref('WebGLProgram')),
    call('createBuffer'),
    call('bindBuffer', 34962, ref('WebGLBuffer')),
    call('bufferData', 34962, floats([-1, -1, 0, -1, -1, 1, 0, 1]), 35044),
    call('enableVertexAttribArray', 0),
    call('vertexAttribPointer', 0, 2, 5126, false, 0, 0),
    call('getUniformLocation', ref('WebGLProgram'), 'color'),
    call('uniform4fv', ref('WebGLUniformLocation'), floats(color)),
    call('drawArrays', 5, 0, 4),
  ];
}

test('rrweb WebGL fixture clears to red', async () => {
  const events = (await fetchRecording(
    'rrweb-fixture-webgl',
  )) as eventWithTime[];
  const replay = openFrame(events);
  replay.apply(events);

  const canvas = replay.canvas(16);
  expect([canvas.width, canvas.height]).toEqual([200, 100]);
  for (const [x, y] of [
    [0, 0],
    [199, 99],
    [100, 50],
  ] as const) {
    expect(pixel(canvas, x, y)).toEqual(RED);
  }
  expect(replay.codes()).toEqual([]);
  expect(replay.context.changedCanvases).toEqual(new Set([16]));
});

test('shader program draws through references', () => {
  const events = [...page(), gl(100, leftHalf([0, 1, 0, 1]))];
  const replay = openFrame(events);
  replay.apply(events);

  expect(replay.codes()).toEqual([]);
  expect(pixel(replay.canvas(), 5, 10)).toEqual(GREEN);
  expect(pixel(replay.canvas(), 19, 0)).toEqual(GREEN);
  expect(pixel(replay.canvas(), 20, 19)).toEqual(BLUE);
  expect(pixel(replay.canvas(), 39, 0)).toEqual(BLUE);
});

test('WebGL2 canvas uses a webgl2 context', () => {
  const events = [
    ...page(),
    gl(100, leftHalf([1, 0, 0, 1]), CanvasContext.WebGL2),
    gl(
      200,
      [
        call('createVertexArray'),
        call('bindVertexArray', ref('WebGLVertexArrayObject')),
      ],
      CanvasContext.WebGL2,
    ),
  ];
  const replay = openFrame(events);
  replay.apply(events);

  expect(replay.codes()).toEqual([]);
  expect(pixel(replay.canvas(), 5, 10)).toEqual(RED);
  expect(replay.canvas().getContext('webgl2')).not.toBeNull();
});

test('missing WebGL object skips command', () => {
  const events = [
    ...page(),
    gl(100, [
      call('clearColor', 0, 1, 0, 1),
      call('useProgram', ref('WebGLProgram', 3)),
      call('bindTexture', 3553, ref('WebGLTexture', 0)),
      call('clear', 16384),
      call('fooBar', 1),
      call('texImage2D', 3553, 0, 6408, 6408, 5121, ref('HTMLVideoElement')),
    ]),
  ];
  const replay = openFrame(events);
  replay.apply(events);

  expect(pixel(replay.canvas(), 0, 0)).toEqual(GREEN);
  const counts = Object.fromEntries(
    replay.context.diagnostics.list().map((item) => [item.code, item.count]),
  );
  expect(counts).toEqual({
    'canvas:missing-object': 2,
    'canvas:unsupported-command': 1,
    'canvas:unsupported-argument': 1,
  });
});

test('2D commands on WebGL canvas rejected', () => {
  const events = [
    ...page(),
    gl(100, [call('clearColor', 0, 1, 0, 1), call('clear', 16384)]),
    incremental(200, {
      source: IncrementalSource.CanvasMutation,
      id: CANVAS,
      type: CanvasContext['2D'],
      commands: [call('clearRect', 0, 0, 40, 20)],
    }),
  ];
  const replay = openFrame(events);
  replay.apply(events);

  expect(replay.codes()).toEqual(['canvas:context-unavailable']);
  expect(pixel(replay.canvas(), 0, 0)).toEqual(GREEN);
});

test('checkpoint rebuilds WebGL canvas and objects', () => {
  const before = [...page(), gl(100, leftHalf([0, 1, 0, 1]))];
  const after = [
    gl(200, [
      call('uniform4fv', ref('WebGLUniformLocation'), floats([1, 0, 0, 1])),
      call('drawArrays', 5, 0, 4),
    ]),
  ];
  const hidden = openFrame(before);
  hidden.apply(before);
  const copies = captureCanvasPixels(hidden.context, [CANVAS]);
  hidden.apply(after);

  const visible = openFrame(before, hidden.images);
  restoreCanvasPixels(visible.context, copies);
  expect(pixel(visible.canvas(), 5, 10)).toEqual(GREEN);
  expect(pixel(visible.canvas(), 30, 10)).toEqual(BLUE);
  expect(visible.context.changedCanvases).toEqual(new Set([CANVAS]));

  visible.apply(after);
  expect(pixel(visible.canvas(), 5, 10)).toEqual(RED);
  expect(pixel(visible.canvas(), 30, 10)).toEqual(BLUE);
  expect(visible.codes()).toEqual([]);
});

test('texture upload honours UNPACK_FLIP_Y', async () => {
  const image = new OffscreenCanvas(1, 2);
  const context2d = image.getContext('2d')!;
  context2d.fillStyle = 'red';
  context2d.fillRect(0, 0, 1, 1);
  context2d.fillStyle = 'lime';
  context2d.fillRect(0, 1, 1, 1);
  const blob = await image.convertToBlob({ type: 'image/png' });
  const src = await new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.readAsDataURL(blob);
  });

  const textured = [
    call('pixelStorei', 37440, true),
    call('createTexture'),
    call('bindTexture', 3553, ref('WebGLTexture')),
    call('texParameteri', 3553, 10241, 9728),
    call('texParameteri', 3553, 10240, 9728),
    call('texParameteri', 3553, 10242, 33071),
    call('texParameteri', 3553, 10243, 33071),
    call('texImage2D', 3553, 0, 6408, 6408, 5121, {
      rr_type: 'HTMLImageElement',
      src,
    }),
    call('createFramebuffer'),
    call('bindFramebuffer', 36160, ref('WebGLFramebuffer')),
    call('framebufferTexture2D', 36160, 36064, 3553, ref('WebGLTexture'), 0),
    call('bindFramebuffer', 36160, null),
    call('bindFramebuffer', 36008, ref('WebGLFramebuffer')),
  ];
  const events = [...page(), gl(100, textured, CanvasContext.WebGL2)];
  const replay = openFrame(events);
  await replay.images.ready;
  replay.apply(events);
  expect(replay.codes()).toEqual([]);

  // With UNPACK_FLIP_Y the image's top row (red) lands in the texture's
  // top row, y = 1: read it back through the framebuffer.
  const context = replay.canvas().getContext('webgl2')!;
  const rows = new Uint8Array(8);
  context.readPixels(0, 0, 1, 2, context.RGBA, context.UNSIGNED_BYTE, rows);
  expect([...rows.slice(0, 4)]).toEqual(GREEN);
  expect([...rows.slice(4)]).toEqual(RED);
});
