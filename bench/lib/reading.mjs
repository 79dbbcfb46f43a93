import { mb, ms } from './goals.mjs';
import { PASSES } from './measurePlayer.mjs';
import { passSummary, seekTask, taskText } from './tables.mjs';

/**
 * Writes the reading of a run as bullet points derived from the numbers,
 * so it stays true when the harness is re-run. It lists every place where
 * Reprise is slower or larger than rrweb, failures, seek passes cut short
 * by the time budget, and what each engine reported.
 *
 * @param {{ goals: { pass: boolean }[], options: { playbackSpeed: number },
 *   results: import('./tables.mjs').RecordingResult[] }} run
 * @returns {string[]}
 */
export function readRun(run) {
  const lines = [];
  const passed = run.goals.filter((g) => g.pass).length;
  if (run.goals.length > 0) {
    const total = run.goals.length;
    lines.push(`${passed} of ${total} goals pass on the 1-hour recording.`);
  }
  lines.push(...seekLines(run.results));

  const slowFrames = run.results.filter(
    (r) => r.reprise.firstFrameMs > r.rrweb.firstFrameMs,
  );
  lines.push(
    listOrNone(
      'First frame (cold): Reprise is slower than rrweb on',
      slowFrames.map(
        (r) =>
          `${r.recording.name} (${ms(r.reprise.firstFrameMs)} vs ${ms(r.rrweb.firstFrameMs)})`,
      ),
      'First frame (cold): Reprise is no slower than rrweb on any recording.',
    ),
  );
  const bigHeaps = run.results.filter(
    (r) => r.reprise.heap?.total > r.rrweb.heap?.total,
  );
  lines.push(
    listOrNone(
      'Heap after load: Reprise uses more than rrweb on',
      bigHeaps.map(
        (r) =>
          `${r.recording.name} (${mb(r.reprise.heap.total)} vs ${mb(r.rrweb.heap.total)})`,
      ),
      'Heap after load: Reprise uses no more than rrweb on any recording.',
    ),
  );
  lines.push(...taskLines(run.results));
  lines.push(...playbackLines(run.results, run.options.playbackSpeed));
  lines.push(...troubleLines(run.results));
  return lines.map((line) => `- ${line}`);
}

/** @param {import('./tables.mjs').RecordingResult[]} results */
function seekLines(results) {
  const slower = [];
  const speedups = [];
  for (const { recording, reprise, rrweb } of results) {
    const all = [
      passSummary(reprise, 'all').p95,
      passSummary(rrweb, 'all').p95,
    ];
    if (all[0] > 0 && all[1] > 0) speedups.push(all[1] / all[0]);
    for (const pass of PASSES) {
      const ours = passSummary(reprise, pass).p95;
      const theirs = passSummary(rrweb, pass).p95;
      if (ours > theirs) {
        slower.push(`${recording.name} ${pass} (${ms(ours)} vs ${ms(theirs)})`);
      }
    }
  }
  if (speedups.length === 0) {
    return ['Seeks: no recording has seek times from both engines.'];
  }
  const low = Math.min(...speedups).toFixed(1);
  const high = Math.max(...speedups).toFixed(1);
  return [
    `Seeks: over all passes, rrweb's p95 is ${low}x to ${high}x Reprise's ` +
      '(above 1 means Reprise is faster).',
    listOrNone(
      'Seeks: Reprise has the higher p95 in these passes:',
      slower,
      'Seeks: Reprise has the lower p95 in every pass.',
    ),
  ];
}

/** @param {import('./tables.mjs').RecordingResult[]} results */
function taskLines(results) {
  const ours = results.filter(
    (r) =>
      (seekTask(r.reprise) ?? 0) > 0 || r.reprise.playback?.longTasks.max > 0,
  );
  return [
    listOrNone(
      'Long tasks: Reprise blocks the main thread over 50 ms on',
      ours.map(
        (r) =>
          `${r.recording.name} (seeks ${taskText(seekTask(r.reprise))}, ` +
          `playback ${taskText(r.reprise.playback?.longTasks.max)}; rrweb ` +
          `${taskText(seekTask(r.rrweb))} and ${taskText(r.rrweb.playback?.longTasks.max)})`,
      ),
      'Long tasks: Reprise never blocked the main thread over 50 ms.',
    ),
  ];
}

/**
 * @param {import('./tables.mjs').RecordingResult[]} results
 * @param {number} speed
 */
function playbackLines(results, speed) {
  const behind = [];
  for (const { recording, reprise, rrweb } of results) {
    for (const [name, result] of [
      ['Reprise', reprise],
      ['rrweb', rrweb],
    ]) {
      const playback = result.playback;
      if (!playback) continue;
      const effective = playback.advancedMs / playback.wallMs;
      if (effective < speed * 0.9) {
        behind.push(`${name} on ${recording.name} (${effective.toFixed(1)}x)`);
      }
    }
  }
  return [
    listOrNone(
      `Playback: these fell behind ${speed}x (playback time covered per wall-clock time):`,
      behind,
      `Playback: both engines kept up with ${speed}x on every recording.`,
    ),
  ];
}

/** @param {import('./tables.mjs').RecordingResult[]} results */
function troubleLines(results) {
  const lines = [];
  for (const { recording, reprise, rrweb } of results) {
    for (const [name, result] of [
      ['Reprise', reprise],
      ['rrweb', rrweb],
    ]) {
      if (result.error)
        lines.push(`${name} failed on ${recording.name} at ${result.error}.`);
      for (const pass of PASSES) {
        const seeks = result.seeks?.[pass];
        if (seeks && seeks.samples.length < seeks.planned) {
          lines.push(
            `${name}'s ${pass} pass on ${recording.name} ran ` +
              `${seeks.samples.length} of ${seeks.planned} seeks within the time budget; ` +
              'its statistics cover those.',
          );
        }
      }
      if (result.problems?.length) {
        lines.push(
          `${name} reported on ${recording.name}: ${listProblems(result.problems)}.`,
        );
      }
    }
  }
  return lines;
}

/**
 * @param {string} intro
 * @param {string[]} items
 * @param {string} none
 */
function listOrNone(intro, items, none) {
  return items.length === 0 ? none : `${intro} ${items.join(', ')}.`;
}

/**
 * Lists at most four kinds of problem; counts add up over every seek.
 * @param {string[]} problems
 */
function listProblems(problems) {
  const shown = problems.slice(0, 4).join('; ');
  const more = problems.length - 4;
  return more > 0 ? `${shown}; and ${more} more kinds` : shown;
}
