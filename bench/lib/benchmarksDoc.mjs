import fs from 'node:fs';
import * as prettier from 'prettier';
import { GOAL_RECORDING } from './goals.mjs';
import { heatmapSection } from './heatmapReport.mjs';
import { readRun } from './reading.mjs';
import {
  loadTable,
  markdownTable,
  recordingsTable,
  seekTable,
  taskTable,
} from './tables.mjs';

/**
 * Writes the benchmark report: command, machine, goals, tables, a reading
 * derived from the numbers, and how each number is measured. The text is
 * formatted with the project's Prettier settings, so format checks pass.
 * @param {string} file
 * @param {Record<string, any>} run what run.mjs measured
 */
export async function writeBenchmarksDoc(file, run) {
  const sections = [
    header(run),
    machineSection(run.machine),
    `## Goals, on ${GOAL_RECORDING}\n\n${goalsTable(run.goals)}`,
    recordingsSection(run),
    `## First frame and heap\n\n${loadTable(run.results)}`,
    seeksSection(run),
    `## Long tasks and playback\n\n${taskTable(run.results)}`,
    `## Reading\n\n${readRun(run).join('\n')}`,
    methodSection(run.options),
    heatmapSection(run.heatmap),
  ];
  const config = (await prettier.resolveConfig(file)) ?? {};
  const text = await prettier.format(`${sections.join('\n\n')}\n`, {
    ...config,
    parser: 'markdown',
  });
  fs.writeFileSync(file, text);
}

/** @param {Record<string, any>} run */
function header(run) {
  const json = `bench/out/results${run.partial ? '-partial' : ''}.json`;
  return `# Benchmarks

Reprise's engine (\`createReplayer\` from \`src/engine\`) against the
\`Replayer\` of rrweb ${run.rrwebVersion}, on the same recordings, in one
headless Chromium. Ratios are Reprise divided by rrweb: below 1 means
Reprise's number is lower (faster or smaller).

Command: \`${run.command}\` (this run took ${Math.round(run.elapsedS)} s).
\`npm run bench -- --quick\` runs fewer recordings and seeks, and
\`--only=NAME,...\` only the named recordings (and no heatmaps), and
\`--heatmap\` only the heatmap benchmarks at the end of this page; these
write
\`bench/out/benchmarks-partial.md\` instead of this file. Raw numbers of
the last run are in \`${json}\`.`;
}

/** @param {Record<string, any>} machine */
function machineSection(machine) {
  return `## Machine

- Date: ${machine.date}
- CPU: ${machine.cores} cores, ${machine.cpu}
- Memory: ${machine.memoryGiB} GiB
- OS: ${machine.os}
- Chromium: ${machine.chromium} (headless, Debian build)
- Node: ${machine.node}${loadLine(machine)}`;
}

/** @param {Record<string, any>} machine */
function loadLine(machine) {
  if (machine.loadAtStart === undefined) return '';
  const start = machine.loadAtStart.toFixed(1);
  const end = machine.loadAtEnd?.toFixed(1) ?? 'n/a';
  const shared = Math.max(machine.loadAtStart, machine.loadAtEnd ?? 0);
  const note =
    shared > machine.cores
      ? 'other work shared the machine, so single numbers are noisy'
      : 'no sign of other work competing for the CPU';
  return `\n- Load average (1 min): ${start} at the start, ${end} at the end; ${note}`;
}

/** @param {{ goal: string, measured: string, pass: boolean }[]} goals */
function goalsTable(goals) {
  if (goals.length === 0) {
    return `Not measured: this run did not include ${GOAL_RECORDING}.`;
  }
  return markdownTable(
    ['goal', 'measured', 'result'],
    goals.map((g) => [g.goal, g.measured, g.pass ? 'pass' : 'FAIL']),
  );
}

/** @param {Record<string, any>} run */
function recordingsSection(run) {
  return `## Recordings

${recordingsTable(run.results)}

The generated recordings loop the incremental events of a real recording
after its full snapshot (\`bench/generate.mjs\`). Each loop gives fresh ids
to the nodes it adds, and ends with a Mutation that removes them and
restores the snapshot's nodes, so the document stays the size of the
original; nodes it puts back get fresh ids too, as rrweb's recorder would
give them. About one loop in four is followed by an idle gap of 20 to
120 s. When a recording is generated, both engines replay it and its base
to the end, and any kind of problem the base does not have is listed here:

${validationLines(run.generated).join('\n')}`;
}

/** @param {Record<string, any>} run */
function seeksSection(run) {
  const { seekCount, passBudgetMs } = run.options;
  return `## Seeks (ms)

${seekCount} random targets per recording (fixed seed), run in ascending
(forward), descending (backward) and shuffled order. "all" is over the
three passes. A pass stops after ${passBudgetMs / 1000} s of wall time;
"(n of m)" marks one that ran only n seeks.

${seekTable(run.results)}`;
}

/**
 * Lists, per generated recording, what its validation found new.
 * @param {import('../generate.mjs').RecordingSummary[]} generated
 */
function validationLines(generated) {
  return generated.map(({ name, validation }) => {
    if (!validation) return `- ${name}: not validated`;
    const found = Object.entries(validation).map(([engine, check]) => {
      if (check.error) return `${engine} failed: ${check.error}`;
      if (check.newProblems.length === 0) return `${engine} nothing new`;
      return `${engine} NEW ${check.newProblems.join('; ')}`;
    });
    return `- ${name}: ${found.join(', ')}`;
  });
}

/** @param {Record<string, any>} options */
function methodSection(options) {
  return `## Method

- Each engine runs on each recording in a fresh page of its own browser
  context, which loads only that engine's bundle (Vite, minified IIFE).
  The page fetches the recording and parses the JSON before any timing.
- First frame: from the call that creates the player until its first
  frame is built, laid out and painted. Painted means that a task posted
  at \`user-blocking\` priority from the next animation frame callback has
  started: the browser runs the rendering update (style, layout, paint)
  right after those callbacks, so the paint is done by then, and work an
  engine queued at normal priority does not delay the stop. The same
  definition applies to both engines. rrweb builds its first frame in a
  timer after construction, so its time includes that timer's delay.
- Cold: the player is created in a fresh page, where the engine's code
  has never run, as when a user opens a recording. Each engine gets
  ${options.coldRuns ?? 1} such pages per recording. The engines take turns, and the one
  that goes first alternates, so load on a shared machine falls on both
  alike. The table shows the median. "Warm" is the median of two more
  players created in one page after destroying the previous one.
- Heap: \`HeapProfiler.collectGarbage\`, then \`Runtime.getHeapUsage\`
  over the Chrome DevTools Protocol, JS heap plus DOM objects
  (\`usedSize + embedderHeapUsedSize\`). "Heap" is read right after the
  cold first frame (median over the cold pages): it includes the parsed
  events, the engine's code and, for Reprise, the indexing that has just
  started. "Heap after seeks" is read after the three seek passes, when
  rrweb's Replayer also holds what it built while seeking.
- Indexing: after the first frame, Reprise builds seek checkpoints in
  the background; "indexing" is the time until that finishes and "heap
  indexed" the heap then, checkpoints included. Seek passes start after
  it. rrweb has no such step.
- Seek: Reprise from \`seek(t)\` until its Promise resolves; rrweb the
  synchronous \`pause(t + 1)\` call (+1 ms because rrweb applies only
  events strictly before the target). Layout of the new frame is forced
  after the timing, in the same task, and the next seek waits for an
  animation frame.
- Long tasks: the browser's Long Tasks API, which reports main-thread
  tasks over 50 ms. A seek's task includes the layout of its frame.
- Playback: seek to 30% of the recording (at most 90 s before its end),
  play at ${options.playbackSpeed}x for ${options.playbackWallMs / 1000} s of wall time, and count animation
  frames. rrweb's \`play(t)\` seeks first; that task is not counted.
- rrweb runs with \`mouseTail: false\` and its warnings counted instead of
  printed; Reprise with a silent logger (its diagnostics are kept). The
  counts in "reported" lines add up over every seek of the run.
- The machine may run other work at the same time; single numbers can
  move by tens of percent between runs.`;
}
