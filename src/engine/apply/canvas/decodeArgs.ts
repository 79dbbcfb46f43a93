import { blobSource, MAX_ARG_DEPTH, quote } from './args';
import { decodeBase64 } from './base64';
import type { CanvasImage } from './CanvasImageCache';
import type { CanvasReplayState } from './CanvasReplayState';
import type { CanvasProblem } from './canvasDiagnostics';
import { WEBGL_OBJECT_TYPES } from './commandsWebGL';
import { brandOf } from './realm';
import type { RealmWindow } from './realm';

/** Error for an argument that cannot be rebuilt, so its command is skipped. */
export class CanvasArgError extends Error {
  constructor(
    readonly problem: CanvasProblem,
    readonly detail: string,
  ) {
    super(`${problem}: ${detail}`);
  }
}

/** Canvas being drawn on, as argument decoding needs it. */
export interface DecodeScope {
  /** The replay frame's window: every object is made in its realm. */
  view: RealmWindow;
  doc: Document;
  state: CanvasReplayState;
  /** The WebGL context's objects by type, or null for a 2D context. */
  objects: Map<string, unknown[]> | null;
}

type TypedArrayFactory = (view: RealmWindow) => {
  from(values: Iterable<number>): ArrayBufferView;
};

/**
 * Typed arrays by recorded name. The name only selects an entry here: no
 * constructor is ever looked up by a name taken from the recording.
 */
const TYPED_ARRAYS = new Map<string, TypedArrayFactory>([
  ['Float32Array', (view) => view.Float32Array],
  ['Float64Array', (view) => view.Float64Array],
  ['Int8Array', (view) => view.Int8Array],
  ['Int16Array', (view) => view.Int16Array],
  ['Int32Array', (view) => view.Int32Array],
  ['Uint8Array', (view) => view.Uint8Array],
  ['Uint16Array', (view) => view.Uint16Array],
  ['Uint32Array', (view) => view.Uint32Array],
  ['Uint8ClampedArray', (view) => view.Uint8ClampedArray],
]);

/**
 * Rebuilds recorded arguments. Primitives pass through; serialized
 * objects (`{rr_type, …}`) are rebuilt only for the types listed here.
 *
 * @throws CanvasArgError for anything else, or an image not decoded yet.
 */
export function decodeArgs(args: unknown[], scope: DecodeScope): unknown[] {
  return args.map((arg) => decodeArg(arg, scope, 0));
}

function decodeArg(arg: unknown, scope: DecodeScope, depth: number): unknown {
  if (depth > MAX_ARG_DEPTH) {
    throw new CanvasArgError('unsupported-argument', 'deeply nested array');
  }
  if (arg === null || typeof arg !== 'object') return arg;
  if (Array.isArray(arg)) {
    return arg.map((item) => decodeArg(item, scope, depth + 1));
  }
  return decodeSerialized(arg as Record<string, unknown>, scope, depth);
}

function decodeSerialized(
  arg: Record<string, unknown>,
  scope: DecodeScope,
  depth: number,
): unknown {
  const type = typeof arg.rr_type === 'string' ? arg.rr_type : null;
  const args = Array.isArray(arg.args) ? arg.args : [];
  const typedArray = type === null ? undefined : TYPED_ARRAYS.get(type);

  if (typedArray && Array.isArray(args[0])) {
    return typedArray(scope.view).from(args[0] as number[]);
  }
  switch (type) {
    case 'ArrayBuffer':
      if (typeof arg.base64 !== 'string') break;
      return decodeBase64(arg.base64, scope.view).buffer;
    case 'DataView':
      return decodeDataView(args, scope, depth);
    case 'ImageData':
      return decodeImageData(args, scope, depth);
    case 'HTMLImageElement':
      if (typeof arg.src !== 'string') break;
      return drawable(scope, scope.state.images.source(arg.src), arg.src);
    case 'ImageBitmap':
      return decodeBitmap(arg, scope);
  }
  if (type !== null && WEBGL_OBJECT_TYPES.has(type) && 'index' in arg) {
    return webGLObject(scope, type, arg.index);
  }
  throw new CanvasArgError('unsupported-argument', quote(type ?? arg));
}

function decodeDataView(args: unknown[], scope: DecodeScope, depth: number) {
  const buffer = decodeArg(args[0], scope, depth + 1);
  const [, offset, length] = args;
  if (brandOf(buffer) !== 'ArrayBuffer') {
    throw new CanvasArgError('unsupported-argument', 'DataView of no buffer');
  }
  return new scope.view.DataView(
    buffer as ArrayBuffer,
    typeof offset === 'number' ? offset : 0,
    typeof length === 'number' ? length : undefined,
  );
}

function decodeImageData(args: unknown[], scope: DecodeScope, depth: number) {
  const data = decodeArg(args[0], scope, depth + 1);
  const [, width, height] = args;
  if (brandOf(data) !== 'Uint8ClampedArray' || typeof width !== 'number') {
    throw new CanvasArgError('unsupported-argument', 'malformed ImageData');
  }
  return new scope.view.ImageData(
    data as Uint8ClampedArray<ArrayBuffer>,
    width,
    typeof height === 'number' ? height : undefined,
  );
}

function decodeBitmap(arg: Record<string, unknown>, scope: DecodeScope) {
  const source = blobSource(arg);
  if (!source) {
    throw new CanvasArgError('unsupported-argument', quote('ImageBitmap'));
  }
  return drawable(scope, scope.state.images.blob(source.base64), 'a frame');
}

/**
 * Returns a decoded image, or for WebGL uploads a canvas that contains it
 * (see `uploadSource`).
 */
function drawable(
  scope: DecodeScope,
  image: CanvasImage | undefined,
  label: string,
): ImageBitmap | HTMLCanvasElement {
  if (image?.status !== 'ready' || !image.bitmap) {
    throw new CanvasArgError('image-not-ready', quote(label));
  }
  return scope.objects
    ? scope.state.uploadSource(image.bitmap, scope.doc)
    : image.bitmap;
}

function webGLObject(scope: DecodeScope, type: string, index: unknown) {
  const value =
    typeof index === 'number' ? scope.objects?.get(type)?.[index] : undefined;
  if (value === undefined) {
    throw new CanvasArgError('missing-object', `${type} ${String(index)}`);
  }
  return value;
}
