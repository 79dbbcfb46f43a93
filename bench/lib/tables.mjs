import { allSeeks, longestTask, mb, ms } from './goals.mjs';
import { PASSES } from './measurePlayer.mjs';
import { summarize } from './stats.mjs';

/**
 * @typedef {{ name: string, about: string, events: number, bytes: number,
 *   durationMs: number }} RecordingInfo
 * @typedef {{ recording: RecordingInfo, reprise: Record<string, any>,
 *   rrweb: Record<string, any> }} RecordingResult
 */

/**
 * Renders a Markdown table.
 * @param {string[]} header
 * @param {string[][]} rows
 */
export function markdownTable(header, rows) {
  const line = (/** @type {string[]} */ cells) => `| ${cells.join(' | ')} |`;
  const rule = header.map(() => '---');
  return [line(header), line(rule), ...rows.map(line)].join('\n');
}

/**
 * Reprise's value divided by rrweb's: below 1 means Reprise is lower.
 * @param {number | undefined} reprise
 * @param {number | undefined} rrweb
 */
export function ratio(reprise, rrweb) {
  if (reprise === undefined || rrweb === undefined) return 'n/a';
  const value = reprise / rrweb;
  if (!Number.isFinite(value)) return 'n/a';
  return value >= 10 ? value.toFixed(0) : value.toPrecision(2);
}

/** @param {RecordingResult[]} results */
export function recordingsTable(results) {
  return markdownTable(
    ['recording', 'what it is', 'duration', 'events', 'size'],
    results.map(({ recording: r }) => [
      r.name,
      r.about,
      `${(r.durationMs / 60_000).toFixed(1)} min`,
      String(r.events),
      `${(r.bytes / 1e6).toFixed(1)} MB`,
    ]),
  );
}

/** @param {RecordingResult[]} results */
export function loadTable(results) {
  return markdownTable(
    [
      'recording',
      'first frame, cold: Reprise',
      'rrweb',
      'ratio',
      'warm: Reprise',
      'rrweb',
      'ratio',
      'heap: Reprise',
      'rrweb',
      'ratio',
      'indexing: Reprise',
      'heap indexed: Reprise',
      'heap after seeks: Reprise',
      'rrweb',
    ],
    results.map(({ recording, reprise, rrweb }) => [
      recording.name,
      ms(reprise.firstFrameMs),
      ms(rrweb.firstFrameMs),
      ratio(reprise.firstFrameMs, rrweb.firstFrameMs),
      ms(reprise.firstFrameWarmMs),
      ms(rrweb.firstFrameWarmMs),
      ratio(reprise.firstFrameWarmMs, rrweb.firstFrameWarmMs),
      mb(reprise.heap?.total),
      mb(rrweb.heap?.total),
      ratio(reprise.heap?.total, rrweb.heap?.total),
      ms(reprise.readyMs),
      mb(reprise.heapReady?.total),
      mb(reprise.heapAfterSeeks?.total),
      mb(rrweb.heapAfterSeeks?.total),
    ]),
  );
}

/** @param {RecordingResult[]} results */
export function seekTable(results) {
  const rows = [];
  for (const { recording, reprise, rrweb } of results) {
    for (const pass of [...PASSES, 'all']) {
      const ours = passSummary(reprise, pass);
      const theirs = passSummary(rrweb, pass);
      rows.push([
        pass === 'forward' ? recording.name : '',
        pass,
        describeSummary(ours, reprise, pass),
        describeSummary(theirs, rrweb, pass),
        ratio(ours.p95, theirs.p95),
      ]);
    }
  }
  return markdownTable(
    [
      'recording',
      'pass',
      'Reprise p50 / p95 / max',
      'rrweb p50 / p95 / max',
      'p95 ratio',
    ],
    rows,
  );
}

/** @param {RecordingResult[]} results */
export function taskTable(results) {
  return markdownTable(
    [
      'recording',
      'longest task, seeks: Reprise',
      'rrweb',
      'longest task, 8x playback: Reprise',
      'rrweb',
      'frames/s in playback: Reprise',
      'rrweb',
    ],
    results.map(({ recording, reprise, rrweb }) => [
      recording.name,
      taskText(seekTask(reprise)),
      taskText(seekTask(rrweb)),
      taskText(reprise.playback?.longTasks.max),
      taskText(rrweb.playback?.longTasks.max),
      fps(reprise.playback),
      fps(rrweb.playback),
    ]),
  );
}

/**
 * @param {Record<string, any>} result
 * @param {string} pass a pass name, or 'all'
 */
export function passSummary(result, pass) {
  if (pass === 'all') return summarize(allSeeks(result));
  return summarize(result.seeks?.[pass]?.samples ?? []);
}

/**
 * @param {import('./stats.mjs').Summary} summary
 * @param {Record<string, any>} result
 * @param {string} pass
 */
function describeSummary(summary, result, pass) {
  if (summary.n === 0) return result.error ? 'error' : 'n/a';
  const text = `${num(summary.p50)} / ${num(summary.p95)} / ${num(summary.max)}`;
  const planned =
    pass === 'all'
      ? PASSES.reduce((sum, p) => sum + (result.seeks?.[p]?.planned ?? 0), 0)
      : (result.seeks?.[pass]?.planned ?? 0);
  return summary.n < planned ? `${text} (${summary.n} of ${planned})` : text;
}

/** @param {Record<string, any>} result */
export function seekTask(result) {
  if (!result.seeks) return undefined;
  return Math.max(...PASSES.map((p) => result.seeks[p]?.longTasks.max ?? 0));
}

/**
 * Formats a maximum long-task length for a table. The Long Tasks API
 * reports only tasks over 50 ms, so 0 means there was none.
 * @param {number | undefined} value
 */
export function taskText(value) {
  if (value === undefined) return 'n/a';
  return value === 0 ? 'none > 50 ms' : ms(value);
}

/** @param {Record<string, any> | undefined} playback */
function fps(playback) {
  return playback ? playback.framesPerSecond.toFixed(0) : 'n/a';
}

/** @param {number} value ms, shown with one decimal below 100 */
function num(value) {
  return value >= 100 ? String(Math.round(value)) : value.toFixed(1);
}

export { longestTask };
