import { EventType, IncrementalSource } from '@rrweb/types';
import { isPlainObject } from '../events/isPlainObject';
import type { ReplayEvent } from '../events/types';

/**
 * Incremental sources that count as something the user did. TouchMove
 * and Drag are included although rrweb's own replayer leaves them out of
 * its activity rule: a finger moving on a phone is the user acting.
 */
export const USER_ACTIVITY_SOURCES: ReadonlySet<number> = new Set([
  IncrementalSource.MouseMove,
  IncrementalSource.MouseInteraction,
  IncrementalSource.Scroll,
  IncrementalSource.ViewportResize,
  IncrementalSource.Input,
  IncrementalSource.TouchMove,
  IncrementalSource.Drag,
]);

/** Sources whose data is a batch of positions with negative offsets. */
const MOVE_SOURCES: ReadonlySet<number> = new Set([
  IncrementalSource.MouseMove,
  IncrementalSource.TouchMove,
  IncrementalSource.Drag,
]);

/**
 * Returns the data of any event as a record, or an empty one when it is
 * missing or not an object, so malformed events read as blank.
 */
export function dataOf(event: ReplayEvent): Record<string, unknown> {
  const data: unknown = event.data;
  return isPlainObject(data) ? data : {};
}

/** Returns the data of an incremental event as a record, else undefined. */
export function incrementalData(
  event: ReplayEvent,
): Record<string, unknown> | undefined {
  if (event.type !== EventType.IncrementalSnapshot) return undefined;
  const data: unknown = event.data;
  return isPlainObject(data) && typeof data.source === 'number'
    ? data
    : undefined;
}

/** Returns the payload of a plugin event from `plugin`, else undefined. */
export function pluginPayload(event: ReplayEvent, plugin: string): unknown {
  if (event.type !== EventType.Plugin) return undefined;
  const data: unknown = event.data;
  return isPlainObject(data) && data.plugin === plugin
    ? data.payload
    : undefined;
}

/**
 * Returns how far before the event's timestamp a move batch starts, in ms
 * (0 or negative). Positions carry negative `timeOffset`s because the
 * recorder emits them in batches after sampling.
 */
export function earliestOffset(data: Record<string, unknown>): number {
  if (!MOVE_SOURCES.has(data.source as number)) return 0;
  const positions = data.positions;
  if (!Array.isArray(positions)) return 0;

  let earliest = 0;
  for (const position of positions as unknown[]) {
    const offset = isPlainObject(position) ? position.timeOffset : undefined;
    if (typeof offset === 'number' && offset < earliest) earliest = offset;
  }
  return earliest;
}

/** Returns `value` if it is a finite number, else undefined. */
export function finiteNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value)
    ? value
    : undefined;
}
