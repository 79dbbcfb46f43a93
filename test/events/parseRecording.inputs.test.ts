import { pack } from '@rrweb/packer';
import { describe, expect, it } from 'vitest';
import { parseRecording, RECORDING_WRAPPER_KEYS } from '../../src/events';
import { custom, fullSnapshot, meta, mouseMove } from './eventBuilders';

const events = [meta(1000), fullSnapshot(1005), mouseMove(1010, 7)];

describe('parseRecording input forms', () => {
  it('accepts an array of events and returns the same objects', () => {
    const recording = parseRecording(events);

    expect(recording.events).toHaveLength(3);
    recording.events.forEach((event, i) => expect(event).toBe(events[i]));
    expect(recording.diagnostics).toEqual([]);
  });

  it('accepts a JSON string of an array', () => {
    const recording = parseRecording(JSON.stringify(events));

    expect(recording.events).toEqual(events);
  });

  it.each([
    ['PostHog', { result: events }],
    ['chalk', { session_guid: 'a1', rrweb_data: events, metadata: {} }],
    ['generic', { events }],
  ])('accepts the %s wrapper object and its JSON string', (name, wrapper) => {
    expect(parseRecording(wrapper).events).toEqual(events);
    expect(parseRecording(JSON.stringify(wrapper)).events).toEqual(events);
  });

  it('documents every wrapper field it accepts', () => {
    expect([...RECORDING_WRAPPER_KEYS]).toEqual([
      'result',
      'rrweb_data',
      'events',
    ]);
  });

  it('unpacks strings made by @rrweb/packer and removes the mark', () => {
    const packed = events.map((event) => pack(event));
    expect(packed.every((item) => typeof item === 'string')).toBe(true);

    const recording = parseRecording(packed);

    expect(recording.events).toEqual(events);
    expect(recording.events.some((event) => 'v' in event)).toBe(false);
  });

  it('accepts packed strings inside a JSON wrapper', () => {
    const text = JSON.stringify({ result: events.map((e) => pack(e)) });

    expect(parseRecording(text).events).toEqual(events);
  });

  it('accepts a mix of packed strings and plain events', () => {
    const mixed = [pack(events[0]!), events[1], pack(events[2]!)];

    const recording = parseRecording(mixed);

    expect(recording.events).toEqual(events);
    expect(recording.events[1]).toBe(events[1]);
  });

  it('removes the packer mark from objects that carry it', () => {
    const marked = events.map((event) => ({ ...event, v: 'v1' }));

    const recording = parseRecording(marked);

    expect(recording.events).toEqual(events);
    expect(marked.every((event) => event.v === 'v1')).toBe(true);
  });

  it('accepts events given as JSON strings one by one', () => {
    const strings = events.map((event) => JSON.stringify(event));

    expect(parseRecording(strings).events).toEqual(events);
  });
});

describe('parseRecording leaves its input alone', () => {
  it('does not reorder, retime or shorten the input array', () => {
    const input = [
      custom(900),
      mouseMove(950),
      meta(1000),
      mouseMove(1020),
      fullSnapshot(1005),
    ];
    const before = structuredClone(input);

    const recording = parseRecording(input);

    expect(input).toEqual(before);
    expect(recording.events).not.toBe(input);
    expect(recording.events[0]).not.toBe(input[0]);
    expect(recording.events[0]?.timestamp).toBe(1000);
  });
});
