import type { Recording, ReplayEvent } from '../events/types';
import { NodeIndex } from './NodeIndex';
import { updateNodeIndex } from './updateNodeIndex';

/** Position of the walk when a collector receives an event. */
export interface ScanContext {
  /** Index of the event in `recording.events`; stable ids build on it. */
  eventIndex: number;
  /** Playback time of the event: ms from `recording.startTime`. */
  time: number;
  /**
   * The page's nodes as of this event (already updated by it). Kept only
   * when some collector sets `usesNodes`; otherwise always empty.
   */
  nodes: NodeIndex;
}

/** Gathers one kind of insight during a single pass over the events. */
export interface Collector<Result> {
  /** Set when `visit` reads `context.nodes`. */
  readonly usesNodes?: boolean;
  visit(event: ReplayEvent, context: ScanContext): void;
  /** The insight, once every event has been visited. */
  finish(): Result;
}

/**
 * Feeds every event of `recording`, in order, to every collector: one
 * pass, one shared node index, time linear in the number of events.
 */
export function walkRecording(
  recording: Recording,
  collectors: readonly Collector<unknown>[],
): void {
  const usesNodes = collectors.some((collector) => collector.usesNodes);
  const context: ScanContext = {
    eventIndex: 0,
    time: 0,
    nodes: new NodeIndex(),
  };

  recording.events.forEach((event, eventIndex) => {
    context.eventIndex = eventIndex;
    context.time = event.timestamp - recording.startTime;
    if (usesNodes) updateNodeIndex(context.nodes, event);

    for (const collector of collectors) collector.visit(event, context);
  });
}

/** Walks `recording` with one collector and returns its result. */
export function collect<Result>(
  recording: Recording,
  collector: Collector<Result>,
): Result {
  walkRecording(recording, [collector]);
  return collector.finish();
}
