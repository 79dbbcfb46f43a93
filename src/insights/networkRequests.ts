import { isPlainObject } from '../events/isPlainObject';
import type { Recording } from '../events/types';
import { finiteNumber, pluginPayload } from './readEvent';
import { collect } from './walkRecording';
import type { Collector } from './walkRecording';

/** Name the rrweb network plugin writes on its events. */
export const NETWORK_PLUGIN = 'rrweb/network@1';

/**
 * One request the recorded page made. Read from the plugin's
 * `{ requests: [...] }` payload, whose items carry `url` (`name` in
 * `@rrweb/types`), `method`, `initiatorType`, `status`, and `startTime` /
 * `endTime` in ms on the page's own performance clock.
 */
export interface NetworkEntry {
  /** `network-<eventIndex>-<position in the payload>`. */
  id: string;
  eventIndex: number;
  /** Playback time the request was recorded (once it ended), in ms. */
  time: number;
  /** Upper-case; `GET` when not recorded (resource timing entries). */
  method: string;
  url: string;
  status: number | undefined;
  /** `fetch`, `xmlhttprequest`, `img`, `navigation`... as recorded. */
  initiatorType: string | undefined;
  /** `endTime - startTime`, in ms, when both were recorded. */
  duration: number | undefined;
  /** Listed in the plugin's first batch of requests made before recording. */
  isInitial: boolean;
  failed: boolean;
  /** Failure reason, for example `HTTP 500` or `no response`. */
  failure: string | undefined;
}

/** Every request, and how many failed. */
export interface NetworkSummary {
  requests: NetworkEntry[];
  failedCount: number;
}

/** Initiators whose recorder always writes a status when a response came. */
const SCRIPTED = new Set(['fetch', 'xmlhttprequest']);

/** Collects `rrweb/network@1` plugin events. */
export function createNetworkCollector(): Collector<NetworkSummary> {
  const summary: NetworkSummary = { requests: [], failedCount: 0 };

  return {
    visit(event, { eventIndex, time }) {
      const payload = pluginPayload(event, NETWORK_PLUGIN);
      if (!isPlainObject(payload) || !Array.isArray(payload.requests)) return;

      const isInitial = payload.isInitial === true;
      payload.requests.forEach((raw: unknown, position) => {
        if (!isPlainObject(raw)) return;
        const entry = readRequest(raw, isInitial);
        summary.requests.push({
          id: `network-${eventIndex}-${position}`,
          eventIndex,
          time,
          ...entry,
        });
        if (entry.failed) summary.failedCount += 1;
      });
    },
    finish: () => summary,
  };
}

/** Network requests of `recording`, in time order. */
export function findNetworkRequests(recording: Recording): NetworkSummary {
  return collect(recording, createNetworkCollector());
}

type RequestFields = Omit<NetworkEntry, 'id' | 'eventIndex' | 'time'>;

function readRequest(
  raw: Record<string, unknown>,
  isInitial: boolean,
): RequestFields {
  const status = finiteNumber(raw.status);
  const initiatorType =
    typeof raw.initiatorType === 'string' ? raw.initiatorType : undefined;
  const start = finiteNumber(raw.startTime);
  const end = finiteNumber(raw.endTime);
  const duration =
    start !== undefined && end !== undefined && end >= start
      ? end - start
      : finiteNumber(raw.duration);
  const failure = failureOf(raw.error, status, initiatorType);

  return {
    method: typeof raw.method === 'string' ? raw.method.toUpperCase() : 'GET',
    url: String(raw.url ?? raw.name ?? ''),
    status,
    initiatorType,
    duration,
    isInitial: isInitial || raw.isInitial === true,
    failed: failure !== undefined,
    failure,
  };
}

/**
 * Returns why a request failed, or undefined. It failed when it carries
 * an error, its status is 400 or more, or no response came: status 0, or
 * no status from fetch or XHR, whose recorder writes one whenever a
 * response arrived. Resource timing entries (images, scripts...) often
 * lack a status, and that alone is not a failure.
 */
function failureOf(
  error: unknown,
  status: number | undefined,
  initiatorType: string | undefined,
): string | undefined {
  if (typeof error === 'string' && error !== '') return error;
  if (isPlainObject(error)) return String(error.message ?? 'request error');
  if (error === true) return 'request error';
  if (status !== undefined && status >= 400) return `HTTP ${status}`;
  if (status === 0) return 'no response (status 0)';
  if (status === undefined && SCRIPTED.has(initiatorType ?? '')) {
    return 'no response';
  }
  return undefined;
}
