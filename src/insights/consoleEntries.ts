import { IncrementalSource } from '@rrweb/types';
import { isPlainObject } from '../events/isPlainObject';
import type { Recording } from '../events/types';
import { decodeConsolePayload } from './decodeConsolePayload';
import { incrementalData, pluginPayload } from './readEvent';
import { collect } from './walkRecording';
import type { Collector } from './walkRecording';

/** Name the rrweb console plugin writes on its events. */
export const CONSOLE_PLUGIN = 'rrweb/console@1';

/** The console methods rrweb's console plugin records. */
export const CONSOLE_LEVELS = [
  'assert',
  'clear',
  'count',
  'countReset',
  'debug',
  'dir',
  'dirxml',
  'error',
  'group',
  'groupCollapsed',
  'groupEnd',
  'info',
  'log',
  'table',
  'time',
  'timeEnd',
  'timeLog',
  'trace',
  'warn',
] as const;

export type ConsoleLevel = (typeof CONSOLE_LEVELS)[number];

const LEVELS: ReadonlySet<string> = new Set(CONSOLE_LEVELS);

/** One console call made by the recorded page. */
export interface ConsoleEntry {
  /** `console-<eventIndex>`: stable, usable in a deep link. */
  id: string;
  eventIndex: number;
  /** Playback time, ms from the recording's start. */
  time: number;
  /** Recorded level; an unknown one is read as `log`. */
  level: ConsoleLevel;
  /** Arguments decoded and joined by spaces. */
  message: string;
  /** Stack frames as recorded, innermost first. */
  trace: string[];
  /** `error` and `assert` calls. */
  isError: boolean;
  /** The console plugin, or rrweb 1.x's Log incremental source. */
  source: 'plugin' | 'legacy';
}

/** Every console entry, and how many there are of each level. */
export interface ConsoleSummary {
  entries: ConsoleEntry[];
  counts: Partial<Record<ConsoleLevel, number>>;
  errorCount: number;
}

/** Collects console plugin events and legacy Log events. */
export function createConsoleCollector(): Collector<ConsoleSummary> {
  const summary: ConsoleSummary = { entries: [], counts: {}, errorCount: 0 };

  return {
    visit(event, { eventIndex, time }) {
      const legacy = incrementalData(event);
      const isLegacy = legacy?.source === IncrementalSource.Log;
      const data = isLegacy ? legacy : pluginPayload(event, CONSOLE_PLUGIN);
      if (!isPlainObject(data)) return;

      const level = LEVELS.has(String(data.level))
        ? (data.level as ConsoleLevel)
        : 'log';
      const isError = level === 'error' || level === 'assert';
      summary.entries.push({
        id: `console-${eventIndex}`,
        eventIndex,
        time,
        level,
        message: decodeConsolePayload(data.payload),
        trace: Array.isArray(data.trace)
          ? data.trace.filter((frame) => typeof frame === 'string')
          : [],
        isError,
        source: isLegacy ? 'legacy' : 'plugin',
      });
      summary.counts[level] = (summary.counts[level] ?? 0) + 1;
      if (isError) summary.errorCount += 1;
    },
    finish: () => summary,
  };
}

/** Console entries of `recording`, in time order, with counts. */
export function findConsoleEntries(recording: Recording): ConsoleSummary {
  return collect(recording, createConsoleCollector());
}
