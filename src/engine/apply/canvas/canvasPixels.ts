import { CanvasContext } from '@rrweb/types';
import type { canvasMutationCommand } from '@rrweb/types';
import { isTag } from '../../dom';
import { applyCommands } from './applyCanvasMutation';
import type { CanvasApplyContext } from './applyCanvasMutation';
import type { Canvas2DTarget } from './CanvasReplayState';
import { reportCanvasProblem } from './canvasDiagnostics';
import { canvasTarget } from './canvasTarget';
import { CANVAS_2D_SETTERS } from './commands2d';
import { realmOf } from './realm';

/** Checkpoint copy of a 2D canvas, or of one drawn by other means. */
export interface Canvas2DCopy {
  kind: '2d';
  id: number;
  /** A copy of the pixels, or null for a canvas of zero size. */
  pixels: OffscreenCanvas | null;
  /** Drawing-state properties and their values; empty if never drawn. */
  properties: [string, unknown][];
  transform: DOMMatrix2DInit | null;
  lineDash: number[];
  /** State the copy could not carry (open `save()`, clip), or null. */
  lost: string | null;
}

/** Checkpoint copy of a WebGL canvas: the commands that drew it. */
export interface WebGLCopy {
  kind: 'webgl';
  id: number;
  type: CanvasContext.WebGL | CanvasContext.WebGL2;
  /** The canvas's log; only its first `length` commands belong here. */
  log: readonly canvasMutationCommand[];
  length: number;
}

export type CanvasCopy = Canvas2DCopy | WebGLCopy;

/**
 * Copies the canvases `ids` (usually `changedCanvases`) for a checkpoint,
 * whose DOM clones do not carry pixels. A 2D canvas keeps a pixel copy and
 * its readable drawing state. A WebGL canvas keeps its command log, which
 * it shares with the live canvas, and the log's current length.
 */
export function captureCanvasPixels(
  context: CanvasApplyContext,
  ids: Iterable<number>,
): CanvasCopy[] {
  const copies: CanvasCopy[] = [];

  for (const id of ids) {
    const node = context.mirror.getNode(id);
    if (!isTag(node, 'canvas')) continue;
    const target = context.canvas.target(node);
    if (target?.kind === 'webgl') {
      const { type, log } = target;
      copies.push({ kind: 'webgl', id, type, log, length: log.length });
    } else {
      copies.push(copy2d(id, node, target));
    }
  }
  return copies;
}

/**
 * Puts copied canvases back into a restored document (whose canvases are
 * blank), adding their ids to `changedCanvases`. WebGL canvases are
 * redrawn by applying their logged commands again.
 */
export function restoreCanvasPixels(
  context: CanvasApplyContext,
  copies: readonly CanvasCopy[],
): void {
  for (const copy of copies) {
    const node = context.mirror.getNode(copy.id);
    if (!isTag(node, 'canvas')) continue;
    const target = canvasTarget(context, context.canvas, node, copyType(copy));
    if (!target) continue;

    context.changedCanvases.add(copy.id);
    if (copy.kind === 'webgl') {
      applyCommands(context, node, target, copy.log.slice(0, copy.length));
    } else if (target.kind === '2d') {
      restore2d(context, target, copy);
    }
  }
}

function copyType(copy: CanvasCopy): CanvasContext {
  return copy.kind === 'webgl' ? copy.type : CanvasContext['2D'];
}

function copy2d(
  id: number,
  canvas: HTMLCanvasElement,
  target: Canvas2DTarget | undefined,
): Canvas2DCopy {
  const { width, height } = canvas;
  let pixels: OffscreenCanvas | null = null;
  if (width > 0 && height > 0) {
    pixels = new (realmOf(canvas.ownerDocument).OffscreenCanvas)(width, height);
    pixels.getContext('2d')?.drawImage(canvas, 0, 0);
  }
  if (!target) {
    const empty = { properties: [], transform: null, lineDash: [] };
    return { kind: '2d', id, pixels, ...empty, lost: null };
  }

  const { context, stack } = target;
  return {
    kind: '2d',
    id,
    pixels,
    properties: [...CANVAS_2D_SETTERS]
      .filter((name) => name in context)
      .map((name) => [name, Reflect.get(context, name)]),
    transform: context.getTransform(),
    lineDash: context.getLineDash(),
    lost:
      stack.depth > 0
        ? 'an unrestored save()'
        : stack.clipDepth === null
          ? null
          : 'a clip region',
  };
}

function restore2d(
  context: CanvasApplyContext,
  target: Canvas2DTarget,
  copy: Canvas2DCopy,
): void {
  const ctx = target.context;
  if (copy.pixels) ctx.drawImage(copy.pixels, 0, 0);
  for (const [name, value] of copy.properties) Reflect.set(ctx, name, value);
  if (copy.transform) ctx.setTransform(copy.transform);
  ctx.setLineDash(copy.lineDash);
  target.stack = { depth: 0, clipDepth: null };
  if (copy.lost) reportCanvasProblem(context, 'checkpoint-state', copy.lost);
}
