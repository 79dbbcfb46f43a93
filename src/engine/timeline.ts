import { EventType, IncrementalSource } from '@rrweb/types';
import type { Recording, ReplayEvent } from '../events/types';
import type { EventSource } from './SanitizedEvents';
import type {
  PointerInteraction,
  PointerPosition,
  PointerSample,
  Viewport,
} from './types';

/**
 * Indexes over a recording that make seeking a binary search: event times,
 * where each full snapshot starts, and the pointer track.
 *
 * The indexes are built from the parsed input at once: they hold only
 * timestamps, event kinds and pointer coordinates, and sanitizing keeps
 * every timestamp and pointer event as it is. The one kind it changes is
 * an event it cannot read, which becomes an inert one, so each snapshot
 * is checked in `events`, the sanitized events, before use. Anything more
 * (a Meta event's URL, a snapshot's nodes) is read from `events` too.
 */
export class Timeline {
  /** Playback time (ms) of each event, non-decreasing. */
  readonly times: Float64Array;
  /**
   * Event indexes of FullSnapshot events in the input, ascending. The
   * sanitizer replaces a snapshot it cannot read, so `snapshotBefore`
   * and `firstSnapshot` check each one in `events`.
   */
  private readonly snapshotIndexes: number[] = [];
  /** Every recorded pointer position, sorted by time. */
  readonly pointer: PointerSample[] = [];
  /** Every mouse or touch interaction, sorted by time. */
  readonly interactions: PointerInteraction[] = [];

  constructor(
    input: Recording,
    readonly events: EventSource = input.events,
  ) {
    const { startTime } = input;
    this.times = new Float64Array(input.events.length);

    input.events.forEach((event, index) => {
      this.times[index] = event.timestamp - startTime;
      this.indexEvent(event, index);
    });
    this.pointer.sort((a, b) => a.time - b.time);
  }

  /** Number of events whose time is at or before `time`. */
  countUntil(time: number): number {
    let low = 0;
    let high = this.times.length;

    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.times[middle] ?? Infinity) <= time) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** Index of the last full snapshot at or before `time`, or -1. */
  snapshotBefore(time: number): number {
    const count = this.countUntil(time);

    for (let at = this.snapshotIndexes.length - 1; at >= 0; at -= 1) {
      const index = this.snapshotIndexes[at]!;
      if (index < count && this.isSnapshot(index)) return index;
    }
    return -1;
  }

  /** Index of the first full snapshot, or 0 when there is none. */
  get firstSnapshot(): number {
    return this.snapshotIndexes.find((index) => this.isSnapshot(index)) ?? 0;
  }

  /**
   * Viewport and URL in force for the snapshot at `snapshotIndex`: taken
   * from the closest Meta event before it.
   */
  metaBefore(snapshotIndex: number): { viewport: Viewport; href: string } {
    for (let index = snapshotIndex; index >= 0; index -= 1) {
      const event = this.events.at(index);
      if (event?.type === EventType.Meta) {
        const { width, height, href } = event.data;
        return { viewport: { width, height }, href: href ?? '' };
      }
    }
    return { viewport: { width: 1024, height: 768 }, href: '' };
  }

  private isSnapshot(index: number): boolean {
    return this.events.at(index)?.type === EventType.FullSnapshot;
  }

  pointerAt(time: number): PointerPosition | null {
    const index = lastAtOrBefore(this.pointer, time);
    const sample = index >= 0 ? this.pointer[index] : undefined;
    if (!sample) return null;

    const { x, y, targetId } = sample;
    return targetId === undefined ? { x, y } : { x, y, targetId };
  }

  interactionAt(time: number): PointerInteraction | null {
    const index = lastAtOrBefore(this.interactions, time);
    return this.interactions[index] ?? null;
  }

  private indexEvent(event: ReplayEvent, index: number): void {
    const time = this.times[index] ?? 0;

    if (event.type === EventType.FullSnapshot) {
      this.snapshotIndexes.push(index);
      return;
    }
    if (event.type !== EventType.IncrementalSnapshot) return;

    const { data } = event;
    if (
      data.source === IncrementalSource.MouseMove ||
      data.source === IncrementalSource.TouchMove ||
      data.source === IncrementalSource.Drag
    ) {
      // Positions are sampled before the event was emitted: `timeOffset`
      // is negative and relative to the event's timestamp.
      for (const position of data.positions) {
        this.pointer.push({
          time: Math.max(0, time + position.timeOffset),
          x: position.x,
          y: position.y,
          targetId: position.id,
        });
      }
    } else if (
      data.source === IncrementalSource.MouseInteraction &&
      data.x !== undefined &&
      data.y !== undefined
    ) {
      const interaction = { time, x: data.x, y: data.y, type: data.type };
      this.interactions.push({ ...interaction, targetId: data.id });
      this.pointer.push({ time, x: data.x, y: data.y, targetId: data.id });
    }
  }
}

function lastAtOrBefore(list: { time: number }[], time: number): number {
  let low = 0;
  let high = list.length;

  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((list[middle]?.time ?? Infinity) <= time) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}
