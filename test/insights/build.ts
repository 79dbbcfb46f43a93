import {
  EventType,
  IncrementalSource,
  MouseInteractions,
  NodeType,
} from '@rrweb/types';
import type { serializedNodeWithId } from '@rrweb/types';
import type { Recording, ReplayEvent } from '../../src/events/types';

/** Timestamp of playback time 0 in hand-built recordings. */
export const T0 = 1_700_000_000_000;

/** Builds a recording from events at playback times (ms after `T0`). */
export function recordingOf(events: ReplayEvent[]): Recording {
  const sorted = [...events].sort((a, b) => a.timestamp - b.timestamp);
  const endTime = sorted.at(-1)?.timestamp ?? T0;
  return {
    events: sorted,
    startTime: T0,
    endTime,
    duration: endTime - T0,
    diagnostics: [],
  };
}

export function element(
  id: number,
  tagName: string,
  attributes: Record<string, string | number | true> = {},
  childNodes: serializedNodeWithId[] = [],
): serializedNodeWithId {
  return { type: NodeType.Element, id, tagName, attributes, childNodes };
}

export function text(id: number, textContent: string): serializedNodeWithId {
  return { type: NodeType.Text, id, textContent };
}

/** Document 1 > html 2 > body 3 > `children`. */
export function page(children: serializedNodeWithId[]): serializedNodeWithId {
  return {
    type: NodeType.Document,
    id: 1,
    childNodes: [element(2, 'html', {}, [element(3, 'body', {}, children)])],
  };
}

export function meta(time: number, href = 'http://localhost/'): ReplayEvent {
  return {
    type: EventType.Meta,
    data: { href, width: 1280, height: 720 },
    timestamp: T0 + time,
  };
}

export function fullSnapshot(
  time: number,
  node: serializedNodeWithId = page([]),
): ReplayEvent {
  return {
    type: EventType.FullSnapshot,
    data: { node, initialOffset: { top: 0, left: 0 } },
    timestamp: T0 + time,
  };
}

/** Meta and full snapshot of `node` at time 0. */
export function start(node?: serializedNodeWithId): ReplayEvent[] {
  return [meta(0), fullSnapshot(0, node)];
}

export function interaction(
  time: number,
  type: MouseInteractions,
  id: number,
  x = 100,
  y = 100,
): ReplayEvent {
  return {
    type: EventType.IncrementalSnapshot,
    data: { source: IncrementalSource.MouseInteraction, type, id, x, y },
    timestamp: T0 + time,
  };
}

export function click(time: number, id: number, x = 100, y = 100) {
  return interaction(time, MouseInteractions.Click, id, x, y);
}

export function mutation(
  time: number,
  change: {
    adds?: {
      parentId: number;
      nextId: number | null;
      node: serializedNodeWithId;
    }[];
    removes?: { parentId: number; id: number }[];
    texts?: { id: number; value: string | null }[];
    attributes?: { id: number; attributes: Record<string, string | null> }[];
  } = { attributes: [{ id: 3, attributes: { class: 'changed' } }] },
): ReplayEvent {
  return {
    type: EventType.IncrementalSnapshot,
    data: {
      source: IncrementalSource.Mutation,
      adds: change.adds ?? [],
      removes: change.removes ?? [],
      texts: change.texts ?? [],
      attributes: change.attributes ?? [],
    },
    timestamp: T0 + time,
  };
}

export function scroll(time: number, id = 1): ReplayEvent {
  return {
    type: EventType.IncrementalSnapshot,
    data: { source: IncrementalSource.Scroll, id, x: 0, y: 200 },
    timestamp: T0 + time,
  };
}

export function input(
  time: number,
  id: number,
  value: string,
  userTriggered?: boolean,
): ReplayEvent {
  return {
    type: EventType.IncrementalSnapshot,
    data: {
      source: IncrementalSource.Input,
      id,
      text: value,
      isChecked: false,
      ...(userTriggered === undefined ? {} : { userTriggered }),
    },
    timestamp: T0 + time,
  };
}

/** Builds a mouse-move batch starting `span` ms before `time`. */
export function mouseMove(time: number, span = 0): ReplayEvent {
  return {
    type: EventType.IncrementalSnapshot,
    data: {
      source: IncrementalSource.MouseMove,
      positions: [
        { x: 1, y: 1, id: 3, timeOffset: -span },
        { x: 2, y: 2, id: 3, timeOffset: 0 },
      ],
    },
    timestamp: T0 + time,
  };
}

export function plugin(
  time: number,
  name: string,
  payload: unknown,
): ReplayEvent {
  return {
    type: EventType.Plugin,
    data: { plugin: name, payload },
    timestamp: T0 + time,
  };
}

export function consoleLog(
  time: number,
  level: string,
  payload: unknown[],
  trace: string[] = [],
): ReplayEvent {
  return plugin(time, 'rrweb/console@1', { level, payload, trace });
}

/** rrweb 1.x console data, on the Log incremental source. */
export function legacyLog(
  time: number,
  level: string,
  payload: string[],
): ReplayEvent {
  const data = { source: IncrementalSource.Log, level, payload, trace: [] };
  return {
    type: EventType.IncrementalSnapshot,
    data,
    timestamp: T0 + time,
  } as unknown as ReplayEvent;
}

export function network(time: number, requests: object[]): ReplayEvent {
  return plugin(time, 'rrweb/network@1', { requests });
}

export function custom(time: number, tag: string, payload: unknown) {
  const event: ReplayEvent = {
    type: EventType.Custom,
    data: { tag, payload },
    timestamp: T0 + time,
  };
  return event;
}
