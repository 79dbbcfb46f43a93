import { CanvasContext } from '@rrweb/types';
import type { ApplyContext } from '../context';
import { quote } from './args';
import type { CanvasReplayState, CanvasTarget } from './CanvasReplayState';
import { reportCanvasProblem } from './canvasDiagnostics';

const CONTEXT_NAMES = {
  [CanvasContext['2D']]: '2d',
  [CanvasContext.WebGL]: 'webgl',
  [CanvasContext.WebGL2]: 'webgl2',
} as const;

/**
 * Returns the rendering context of `canvas` for recorded context type
 * `type`, and creates it on first use. WebGL contexts keep their drawing
 * buffer, so the pixels stay after the browser presents a frame.
 */
export function canvasTarget(
  context: ApplyContext,
  state: CanvasReplayState,
  canvas: HTMLCanvasElement,
  type: unknown,
): CanvasTarget | null {
  if (type !== 0 && type !== 1 && type !== 2) {
    reportCanvasProblem(context, 'unsupported-context', quote(type));
    return null;
  }

  const known = state.target(canvas);
  if (known && kindMatches(known, type)) return known;
  const target = known ? null : createTarget(canvas, type);
  if (!target) {
    reportCanvasProblem(context, 'context-unavailable', CONTEXT_NAMES[type]);
    return null;
  }
  state.setTarget(canvas, target);
  return target;
}

function kindMatches(target: CanvasTarget, type: CanvasContext): boolean {
  if (target.kind === '2d') return type === CanvasContext['2D'];
  return target.type === type;
}

function createTarget(
  canvas: HTMLCanvasElement,
  type: CanvasContext,
): CanvasTarget | null {
  if (type === CanvasContext['2D']) {
    const context = canvas.getContext('2d');
    const stack = { depth: 0, clipDepth: null };
    return context && { kind: '2d', context, stack };
  }

  const options: WebGLContextAttributes = { preserveDrawingBuffer: true };
  const context: WebGLRenderingContext | WebGL2RenderingContext | null =
    type === CanvasContext.WebGL
      ? canvas.getContext('webgl', options)
      : canvas.getContext('webgl2', options);
  if (!context) return null;
  return { kind: 'webgl', type, context, objects: new Map(), log: [] };
}
