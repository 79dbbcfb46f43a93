import type { ApplyContext } from '../context';
import { quote } from './args';
import { reportCanvasProblem } from './canvasDiagnostics';
import { CanvasArgError, decodeArgs } from './decodeArgs';
import type { DecodeScope } from './decodeArgs';

/** Outcome of a call: `ok` false when it was skipped and reported. */
export type CallResult = { ok: true; value: unknown } | { ok: false };

const SKIPPED: CallResult = { ok: false };

/**
 * Decodes `args` and calls `target[property]` with them. The caller has
 * checked `property` against its allow-list. This also requires the member
 * to be a function, because browsers differ in what they implement.
 */
export function callMethod(
  context: ApplyContext,
  target: object,
  property: string,
  args: unknown[],
  scope: DecodeScope,
): CallResult {
  const method: unknown = Reflect.get(target, property);
  if (typeof method !== 'function') {
    reportCanvasProblem(context, 'unsupported-command', quote(property));
    return SKIPPED;
  }

  let decoded: unknown[];
  try {
    decoded = decodeArgs(args, scope);
  } catch (error) {
    if (!(error instanceof CanvasArgError)) throw error;
    reportCanvasProblem(context, error.problem, error.detail);
    return SKIPPED;
  }

  try {
    return { ok: true, value: Reflect.apply(method, target, decoded) };
  } catch (error) {
    const reason = error instanceof Error ? `: ${error.message}` : '';
    reportCanvasProblem(context, 'command-failed', quote(property) + reason);
    return SKIPPED;
  }
}

/**
 * Assigns a recorded value to an allow-listed property. Setter commands
 * carry the raw value; only primitives are meaningful, since objects
 * (gradients, patterns) reach the recording as empty JSON objects.
 */
export function setProperty(
  context: ApplyContext,
  target: object,
  allowed: ReadonlySet<string>,
  property: string,
  value: unknown,
): boolean {
  if (!allowed.has(property) || !(property in target)) {
    reportCanvasProblem(context, 'unsupported-command', quote(property));
    return false;
  }
  // The recorder writes a property the page set to undefined as null;
  // the browser would ignore that assignment too.
  if (value === null || value === undefined) return true;
  const type = typeof value;
  if (type !== 'string' && type !== 'number' && type !== 'boolean') {
    reportCanvasProblem(context, 'unsupported-argument', quote(type));
    return false;
  }

  try {
    Reflect.set(target, property, value);
    return true;
  } catch (error) {
    const reason = error instanceof Error ? `: ${error.message}` : '';
    reportCanvasProblem(context, 'command-failed', quote(property) + reason);
    return false;
  }
}
