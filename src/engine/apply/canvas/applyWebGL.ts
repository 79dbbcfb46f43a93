import { CanvasContext } from '@rrweb/types';
import type { canvasMutationCommand } from '@rrweb/types';
import type { ApplyContext } from '../context';
import { quote } from './args';
import type { WebGLTarget } from './CanvasReplayState';
import { reportCanvasProblem } from './canvasDiagnostics';
import {
  WEBGL_METHODS,
  WEBGL_OBJECT_TYPES,
  WEBGL_QUERIES,
  WEBGL_SETTERS,
  WEBGL2_METHODS,
} from './commandsWebGL';
import type { DecodeScope } from './decodeArgs';
import { callMethod, setProperty } from './invoke';
import { brandOf } from './realm';

/**
 * Applies one recorded command to a WebGL context, keeps the objects it
 * creates for later references, and logs it for checkpoints.
 */
export function applyWebGLCommand(
  context: ApplyContext,
  target: WebGLTarget,
  command: canvasMutationCommand,
  scope: DecodeScope,
): void {
  const { property, args } = command;
  if (command.setter) {
    const value = args[0];
    if (setProperty(context, target.context, WEBGL_SETTERS, property, value)) {
      target.log.push(command);
    }
    return;
  }
  if (WEBGL_QUERIES.has(property)) return;

  const methods =
    target.type === CanvasContext.WebGL2 ? WEBGL2_METHODS : WEBGL_METHODS;
  if (!methods.has(property)) {
    reportCanvasProblem(context, 'unsupported-command', quote(property));
    return;
  }

  const result = callMethod(context, target.context, property, args, scope);
  if (!result.ok) return;
  remember(target.objects, result.value);
  target.log.push(command);
}

/**
 * Adds a created object to its type's list, as the recorder numbered it.
 * Every allowed method that returns a WebGL object returns a new one
 * (queries that return existing ones are skipped), so no search is needed.
 */
function remember(objects: Map<string, unknown[]>, value: unknown): void {
  if (typeof value !== 'object' || value === null) return;
  const type = brandOf(value);
  if (!WEBGL_OBJECT_TYPES.has(type)) return;

  let list = objects.get(type);
  if (!list) {
    list = [];
    objects.set(type, list);
  }
  list.push(value);
}
