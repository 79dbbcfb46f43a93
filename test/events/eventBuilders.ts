import type { ReplayEvent } from '../../src/events';

/** Small hand-built rrweb events for parser tests. */

function event(type: number, data: object, timestamp: number): ReplayEvent {
  return { type, data, timestamp } as unknown as ReplayEvent;
}

export function meta(timestamp: number, href = 'https://example.test/') {
  return event(4, { href, width: 1024, height: 768 }, timestamp);
}

export function fullSnapshot(timestamp: number) {
  const node = { type: 0, id: 1, childNodes: [] };
  return event(2, { node, initialOffset: { top: 0, left: 0 } }, timestamp);
}

/** Builds a mouse move (IncrementalSnapshot, source 1) marked by `x`. */
export function mouseMove(timestamp: number, x = 0) {
  return event(3, { source: 1, positions: [{ x, y: 0, id: 1 }] }, timestamp);
}

export function custom(timestamp: number, tag = 'note') {
  return event(5, { tag, payload: {} }, timestamp);
}

export function consoleLog(timestamp: number) {
  const payload = { level: 'log', trace: [], payload: ['"hi"'] };
  return event(6, { plugin: 'rrweb/console@1', payload }, timestamp);
}

export function domContentLoaded(timestamp: number) {
  return event(0, {}, timestamp);
}

export function load(timestamp: number) {
  return event(1, {}, timestamp);
}

export function ofType(type: number, timestamp: number) {
  return event(type, {}, timestamp);
}

/** Builds the smallest replayable recording: Meta, then FullSnapshot. */
export function minimalRecording(start = 1000): ReplayEvent[] {
  return [meta(start), fullSnapshot(start + 5)];
}
