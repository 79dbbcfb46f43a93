import type { canvasMutationCommand, canvasMutationData } from '@rrweb/types';
import { isTag } from '../../dom';
import type { ApplyContext } from '../context';
import { apply2dCommand } from './apply2d';
import { applyWebGLCommand } from './applyWebGL';
import { isRecord } from './args';
import type { CanvasReplayState, CanvasTarget } from './CanvasReplayState';
import { reportCanvasProblem } from './canvasDiagnostics';
import { canvasTarget } from './canvasTarget';
import type { DecodeScope } from './decodeArgs';
import { realmOf } from './realm';

/** An applier context with canvas replay state. */
export interface CanvasApplyContext extends ApplyContext {
  canvas: CanvasReplayState;
}

/**
 * Applies a CanvasMutation event (one command, or a batch in `commands`)
 * to the canvas it targets. Only allow-listed methods and properties are
 * used and only allow-listed argument types rebuilt; anything else is
 * reported and its command skipped. Marks the canvas in `changedCanvases`.
 */
export function applyCanvasMutation(
  context: CanvasApplyContext,
  data: canvasMutationData,
): void {
  const commands = commandsOf(data);
  if (!commands) {
    reportCanvasProblem(context, 'malformed', 'no command list');
    return;
  }

  const node = context.mirror.getNode(data.id);
  if (!isTag(node, 'canvas')) {
    const problem = node ? 'not-canvas' : 'missing-node';
    reportCanvasProblem(context, problem, String(data.id));
    return;
  }

  const target = canvasTarget(context, context.canvas, node, data.type);
  if (!target) return;
  context.changedCanvases.add(data.id);
  applyCommands(context, node, target, commands);
}

/**
 * Applies commands to a canvas whose target is known; checkpoints use it
 * to rebuild a WebGL canvas from its log.
 */
export function applyCommands(
  context: CanvasApplyContext,
  canvas: HTMLCanvasElement,
  target: CanvasTarget,
  commands: readonly unknown[],
): void {
  const doc = canvas.ownerDocument;
  const scope: DecodeScope = {
    view: realmOf(doc),
    doc,
    state: context.canvas,
    objects: target.kind === 'webgl' ? target.objects : null,
  };

  for (const command of commands) {
    if (!isCommand(command)) {
      reportCanvasProblem(context, 'malformed', 'no property or arguments');
    } else if (target.kind === '2d') {
      apply2dCommand(context, target, command, scope);
    } else {
      applyWebGLCommand(context, target, command, scope);
    }
  }
}

function commandsOf(data: canvasMutationData): readonly unknown[] | null {
  if (!('commands' in data)) return [data];
  return Array.isArray(data.commands) ? data.commands : null;
}

function isCommand(value: unknown): value is canvasMutationCommand {
  return (
    isRecord(value) &&
    typeof value.property === 'string' &&
    Array.isArray(value.args)
  );
}
