import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseRecording } from '../../src/events';
import type { Recording } from '../../src/events';

const folder = path.join(import.meta.dirname, '../fixtures/recordings');
const files = readdirSync(folder).filter((name) => name.endsWith('.json'));

interface RawEvent {
  type: number;
  timestamp: number;
}

/**
 * The raw events of a fixture, found and inflated here with node:zlib
 * rather than the code under test.
 */
function rawEvents(text: string): RawEvent[] {
  const json: unknown = JSON.parse(text);
  const wrapper = json as Record<string, unknown>;
  const list = (
    Array.isArray(json) ? json : (wrapper.result ?? wrapper.rrweb_data)
  ) as unknown[];

  return list.map((item) =>
    typeof item === 'string'
      ? (JSON.parse(
          inflateSync(Buffer.from(item, 'latin1')).toString(),
        ) as RawEvent)
      : (item as RawEvent),
  );
}

function countOfType(events: readonly RawEvent[], type: number): number {
  return events.filter((event) => event.type === type).length;
}

function diagnosticCount(recording: Recording, code: string): number {
  return recording.diagnostics.find((d) => d.code === code)?.count ?? 0;
}

/** Events whose timestamp is below the one just before them. */
function countDescents(events: readonly RawEvent[]): number {
  return events.filter((event, i) => {
    const previous = events[i - 1];
    return previous !== undefined && event.timestamp < previous.timestamp;
  }).length;
}

const HOUR = 3_600_000;

/**
 * The raw events with each single timestamp spike (over an hour ahead of
 * both neighbours) moved back to the event before it, as documented for
 * parseRecording.
 */
function withSpikesMoved(events: readonly RawEvent[]): RawEvent[] {
  return events.map((event, i) => {
    const previous = events[i - 1];
    const next = events[i + 1];
    const isSpike =
      previous !== undefined &&
      next !== undefined &&
      event.timestamp - previous.timestamp > HOUR &&
      event.timestamp - next.timestamp > HOUR;
    return isSpike ? { ...event, timestamp: previous.timestamp } : event;
  });
}

const parsed = new Map<string, { raw: RawEvent[]; recording: Recording }>();

function load(name: string) {
  const cached = parsed.get(name);
  if (cached) {
    return cached;
  }
  const text = readFileSync(path.join(folder, name), 'utf8');
  const entry = { raw: rawEvents(text), recording: parseRecording(text) };
  parsed.set(name, entry);
  return entry;
}

describe.each(files)('parseRecording on %s', (name) => {
  it('keeps every full snapshot, custom and plugin event', () => {
    const { raw, recording } = load(name);

    for (const type of [2, 5, 6]) {
      expect(countOfType(recording.events, type)).toBe(countOfType(raw, type));
    }
  });

  it('accounts for every event it does not return', () => {
    const { raw, recording } = load(name);
    const dropped = diagnosticCount(recording, 'event-before-snapshot');

    expect(recording.events.length + dropped).toBe(raw.length);
  });

  it('returns sorted events from the start time to the end time', () => {
    const { raw, recording } = load(name);
    const { events, startTime, endTime } = recording;
    const timestamps = withSpikesMoved(raw).map((event) => event.timestamp);
    const latest = Math.max(...timestamps);

    expect(countDescents(events)).toBe(0);
    expect(events[0]?.timestamp).toBe(startTime);
    expect(endTime).toBe(latest);
    expect(recording.duration).toBe(endTime - startTime);
  });

  it('reports out-of-order input as often as it occurs', () => {
    const { raw, recording } = load(name);

    expect(diagnosticCount(recording, 'out-of-order')).toBe(
      countDescents(withSpikesMoved(raw)),
    );
  });

  it('leaves no packer mark on any event', () => {
    const { recording } = load(name);

    expect(recording.events.filter((event) => 'v' in event)).toEqual([]);
  });
});

describe('parseRecording on fixtures with known traits', () => {
  it('drops the 60 incremental events before the first snapshot', () => {
    const { raw, recording } = load('posthog-com-docs.json');
    const dropped = recording.diagnostics.find(
      (d) => d.code === 'event-before-snapshot',
    );

    expect(raw.slice(0, 60).every((event) => event.type === 3)).toBe(true);
    expect(dropped).toMatchObject({ count: 60, eventIndex: 0 });
    expect(raw[60]?.type).toBe(4);
    expect(recording.startTime).toBe(raw[60]?.timestamp);
    expect(countOfType(recording.events, 2)).toBe(9);
  });

  it('unpacks the packed GitHub dashboard to a Meta event first', () => {
    const { recording } = load('github-dashboard-2021-packed.json');

    expect(recording.events[0]?.type).toBe(4);
    expect(countOfType(recording.events, 2)).toBe(3);
  });

  it('drops DomContentLoaded and Load from before the first Meta', () => {
    const { raw, recording } = load('posthog-localhost-docs.json');

    expect(raw.slice(0, 3).map((event) => event.type)).toEqual([0, 1, 4]);
    expect(diagnosticCount(recording, 'event-before-snapshot')).toBe(2);
    expect(recording.startTime).toBe(raw[2]?.timestamp);
  });

  it('moves the one media event with a corrupted timestamp back', () => {
    const { raw, recording } = load('rrweb-fixture-video-playback.json');
    const spikeIndex = raw.findIndex(
      (event, i) =>
        i > 0 &&
        event.timestamp - raw[i - 1]!.timestamp > HOUR &&
        event.timestamp - (raw[i + 1]?.timestamp ?? Infinity) > HOUR,
    );
    const others = raw.filter((_, i) => i !== spikeIndex);
    const latest = Math.max(...others.map((event) => event.timestamp));

    expect(spikeIndex).toBeGreaterThan(0);
    expect(diagnosticCount(recording, 'timestamp-spike')).toBe(1);
    expect(diagnosticCount(recording, 'out-of-order')).toBe(0);
    expect(recording.endTime).toBe(latest);
    expect(recording.duration).toBeLessThan(HOUR);
    expect(recording.events).toContainEqual({
      ...raw[spikeIndex],
      timestamp: raw[spikeIndex - 1]!.timestamp,
    });
  });

  it('keeps the nine $pageview custom events', () => {
    const { recording } = load('posthog-localhost-with-pageviews.json');

    expect(countOfType(recording.events, 5)).toBe(9);
  });
});
