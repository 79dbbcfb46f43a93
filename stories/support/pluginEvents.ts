import { EventType } from '@rrweb/types';
import { parseRecording } from '../../src/events/parseRecording';
import type { Recording, ReplayEvent } from '../../src/events/types';
import { CONSOLE_PLUGIN, NETWORK_PLUGIN } from '../../src/insights';
import { fetchRecording } from '../recordings';
import type { RecordingName } from '../recordings';

/*
 * None of the bundled real recordings was made with rrweb's console or
 * network plugins. The panel stories add generated `rrweb/console@1` and
 * `rrweb/network@1` plugin events, in the shape those plugins write, to
 * a real recording. A seeded generator keeps every run the same.
 */

/** How many generated entries to add. */
export interface PluginEventCounts {
  /** Console calls. @default 0 */
  console?: number;
  /** Requests, one per network plugin event. @default 0 */
  network?: number;
}

/**
 * Parses `raw`, adds generated plugin events spread evenly between its
 * first full snapshot and its end (exclusive), and parses the result
 * again, so the generated events pass the same checks as recorded ones.
 */
export function withPluginEvents(
  raw: unknown,
  counts: PluginEventCounts,
): Recording {
  const recording = parseRecording(raw);
  if (!counts.console && !counts.network) return recording;

  const origin = originOf(recording);
  const random = seeded(20_250_607);
  const snapshot = recording.events.find(
    (event) => event.type === EventType.FullSnapshot,
  );
  const from = (snapshot?.timestamp ?? recording.startTime) + 1;
  const span = Math.max(0, recording.endTime - 1 - from);
  const at = (index: number, count: number) =>
    from + Math.round((index / Math.max(1, count - 1)) * span);

  const generated: ReplayEvent[] = [];
  for (let i = 0; i < (counts.console ?? 0); i++) {
    generated.push(consoleEvent(at(i, counts.console ?? 1), i, random));
  }
  for (let i = 0; i < (counts.network ?? 0); i++) {
    const time = at(i, counts.network ?? 1);
    generated.push(networkEvent(time, i, origin, random));
  }
  // Stable: recorded events stay in their order, generated ones follow
  // the recorded events of the same millisecond.
  const events = [...recording.events, ...generated].sort(
    (a, b) => a.timestamp - b.timestamp,
  );
  return parseRecording(events);
}

const LOGS: [level: string, message: (n: number) => string][] = [
  ['log', (n) => `Fetched ${n % 40} tasks from /api/tasks`],
  ['info', (n) => `Timer started for task #${n}`],
  ['log', (n) => `Render of <TaskList> took ${n % 17} ms`],
  ['warn', () => 'Deprecated prop "energy" passed to <TaskCard>'],
  ['debug', (n) => `state: {"filter":"low-energy","page":${n % 5}}`],
  [
    'error',
    () => "TypeError: Cannot read properties of undefined (reading 'duration')",
  ],
  ['log', (n) => `Saved draft ${n}`],
  ['error', (n) => `Failed to sync task #${n}: 503 Service Unavailable`],
];

const TRACE = [
  'at TaskCard (https://chalk.example/static/js/main.js:812:23)',
  'at renderWithHooks (react-dom.production.min.js:160:137)',
  'at beginWork (react-dom.production.min.js:198:409)',
];

function consoleEvent(
  timestamp: number,
  index: number,
  random: () => number,
): ReplayEvent {
  const pick = LOGS[Math.floor(random() * LOGS.length)] ?? LOGS[0]!;
  const [level, message] = pick;
  const payload = [JSON.stringify(message(index))];
  const trace = level === 'error' ? TRACE : [];
  return plugin(timestamp, CONSOLE_PLUGIN, { level, payload, trace });
}

const REQUESTS: [method: string, path: string, initiator: string][] = [
  ['GET', '/api/tasks?filter=low-energy', 'fetch'],
  ['POST', '/api/tasks', 'fetch'],
  ['PUT', '/api/tasks/42', 'xmlhttprequest'],
  ['GET', '/static/media/icons.woff2', 'css'],
  ['DELETE', '/api/tasks/17', 'fetch'],
  ['GET', '/static/img/avatar.png', 'img'],
];

/** Mostly successes; now and then a 404, a 500 or no response. */
const STATUSES = [200, 200, 200, 201, 200, 304, 200, 404, 200, 500, 0];

function networkEvent(
  timestamp: number,
  index: number,
  origin: string,
  random: () => number,
): ReplayEvent {
  const request = REQUESTS[Math.floor(random() * REQUESTS.length)]!;
  const [method, path, initiatorType] = request;
  const status = STATUSES[Math.floor(random() * STATUSES.length)] ?? 200;
  const startTime = 1000 + index * 10;
  const endTime = startTime + Math.round(20 + random() * random() * 1500);
  return plugin(timestamp, NETWORK_PLUGIN, {
    requests: [
      {
        name: `${origin}${path}`,
        method,
        initiatorType,
        status,
        startTime,
        endTime,
      },
    ],
  });
}

function plugin(
  timestamp: number,
  name: string,
  payload: unknown,
): ReplayEvent {
  return { type: EventType.Plugin, data: { plugin: name, payload }, timestamp };
}

/** Origin of the recorded page, from the first Meta event. */
function originOf(recording: Recording): string {
  const meta = recording.events.find((event) => event.type === EventType.Meta);
  try {
    return new URL(meta?.type === EventType.Meta ? meta.data.href : '').origin;
  } catch {
    return 'https://example.test';
  }
}

/**
 * Returns a seeded pseudo-random generator (mulberry32) of numbers in [0, 1).
 */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * Creates a Storybook loader that fetches a bundled recording and adds
 * generated entries, so the story renders with the recording in `loaded`.
 */
export function recordingLoader(
  name: RecordingName,
  counts: PluginEventCounts = {},
) {
  return async () => ({
    recording: withPluginEvents(await fetchRecording(name), counts),
  });
}
