import type { ApplyContext } from '../context';

/** Message of each canvas problem, given a detail such as a name. */
const CANVAS_PROBLEMS = {
  'missing-node': (detail: string) =>
    `A canvas command targets node ${detail}, which is not in the ` +
    'replayed document; it was skipped.',
  'not-canvas': (detail: string) =>
    `A canvas command targets node ${detail}, which is not a <canvas>; ` +
    'it was skipped.',
  'unsupported-context': (detail: string) =>
    `Canvas context type ${detail} is not one of 2D (0), WebGL (1) or ` +
    'WebGL2 (2); its commands were skipped.',
  'context-unavailable': (detail: string) =>
    `The replay could not get a ${detail} context for a canvas (it holds ` +
    'another kind, or the browser lacks it); its commands were skipped.',
  malformed: (detail: string) =>
    `A canvas command is malformed (${detail}); it was skipped.`,
  'unsupported-command': (detail: string) =>
    `Canvas command ${detail} is not one the replay applies; it was ` +
    'skipped.',
  'unsupported-argument': (detail: string) =>
    `A canvas command has an argument of type ${detail}, which the ` +
    'replay does not rebuild; the command was skipped.',
  'image-not-ready': (detail: string) =>
    `The image of a canvas command (${detail}) was not decoded yet, or ` +
    'could not be; the command was skipped.',
  'missing-object': (detail: string) =>
    `A WebGL command refers to ${detail}, which the replayed context ` +
    'never created (it may predate the recording); it was skipped.',
  'command-failed': (detail: string) =>
    `Canvas command ${detail} failed when replayed; it was skipped.`,
  'checkpoint-state': (detail: string) =>
    `A canvas was restored from a checkpoint inside ${detail}, which ` +
    'cannot be copied; later drawing on it may differ from the recording.',
} as const;

export type CanvasProblem = keyof typeof CANVAS_PROBLEMS;

/**
 * Reports a canvas problem under the code `canvas:<problem>` (or
 * `missing-node:canvas`). Codes do not include event-supplied text, so a
 * recording full of odd names still yields one entry per problem.
 */
export function reportCanvasProblem(
  context: ApplyContext,
  problem: CanvasProblem,
  detail: string,
): void {
  const code =
    problem === 'missing-node' ? 'missing-node:canvas' : `canvas:${problem}`;
  context.diagnostics.report(
    code,
    CANVAS_PROBLEMS[problem](detail),
    context.eventIndex,
  );
}
