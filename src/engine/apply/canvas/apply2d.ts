import type { canvasMutationCommand } from '@rrweb/types';
import type { ApplyContext } from '../context';
import { quote } from './args';
import type { Canvas2DTarget, DrawingStack } from './CanvasReplayState';
import { reportCanvasProblem } from './canvasDiagnostics';
import {
  CANVAS_2D_METHODS,
  CANVAS_2D_QUERIES,
  CANVAS_2D_SETTERS,
} from './commands2d';
import type { DecodeScope } from './decodeArgs';
import { callMethod, setProperty } from './invoke';

/** Applies one recorded command to a 2D context. */
export function apply2dCommand(
  context: ApplyContext,
  target: Canvas2DTarget,
  command: canvasMutationCommand,
  scope: DecodeScope,
): void {
  const { property, args } = command;
  if (command.setter) {
    setProperty(context, target.context, CANVAS_2D_SETTERS, property, args[0]);
    return;
  }
  if (CANVAS_2D_QUERIES.has(property)) return;
  if (!CANVAS_2D_METHODS.has(property)) {
    reportCanvasProblem(context, 'unsupported-command', quote(property));
    return;
  }

  const result = callMethod(
    context,
    target.context,
    property,
    withoutOmittedMaxWidth(property, legacyImageArgs(property, args)),
    scope,
  );
  if (result.ok) trackStack(target.stack, property);
}

/**
 * The recorder writes the omitted `maxWidth` of fillText and strokeText as
 * null, which the method would read as a width of 0 and draw nothing.
 */
function withoutOmittedMaxWidth(property: string, args: unknown[]) {
  const drawsText = property === 'fillText' || property === 'strokeText';
  return drawsText && args.length === 4 && args[3] === null
    ? args.slice(0, 3)
    : args;
}

/** rrweb 1.x recorded the image of `drawImage` as its URL string. */
function legacyImageArgs(property: string, args: unknown[]): unknown[] {
  if (property !== 'drawImage' || typeof args[0] !== 'string') return args;
  return [{ rr_type: 'HTMLImageElement', src: args[0] }, ...args.slice(1)];
}

/** Follows save, restore and clip, which a checkpoint cannot read back. */
function trackStack(stack: DrawingStack, property: string): void {
  switch (property) {
    case 'save':
      stack.depth += 1;
      break;
    case 'restore':
      stack.depth = Math.max(0, stack.depth - 1);
      if (stack.clipDepth !== null && stack.clipDepth > stack.depth) {
        stack.clipDepth = null;
      }
      break;
    case 'clip':
      stack.clipDepth = Math.min(stack.clipDepth ?? stack.depth, stack.depth);
      break;
    case 'reset':
      stack.depth = 0;
      stack.clipDepth = null;
      break;
  }
}
