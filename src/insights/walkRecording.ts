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
  const walk = new RecordingWalk(recording.startTime, collectors);
  recording.events.forEach((event, index) => walk.visit(event, index));
}

/**
 * A walk over a recording's events that takes them one at a time, so it
 * can be spread over several tasks. Events must come in order, each once.
 */
export class RecordingWalk {
  private readonly usesNodes: boolean;
  private readonly context: ScanContext = {
    eventIndex: 0,
    time: 0,
    nodes: new NodeIndex(),
  };

  constructor(
    private readonly startTime: number,
    private readonly collectors: readonly Collector<unknown>[],
  ) {
    this.usesNodes = collectors.some((collector) => collector.usesNodes);
  }

  /** Feeds `event`, the event at `eventIndex`, to every collector. */
  visit(event: ReplayEvent, eventIndex: number): void {
    const { context } = this;
    context.eventIndex = eventIndex;
    context.time = event.timestamp - this.startTime;
    if (this.usesNodes) updateNodeIndex(context.nodes, event);

    for (const collector of this.collectors) collector.visit(event, context);
  }
}

/** Walks `recording` with one collector and returns its result. */
export function collect<Result>(
  recording: Recording,
  collector: Collector<Result>,
): Result {
  walkRecording(recording, [collector]);
  return collector.finish();
}
