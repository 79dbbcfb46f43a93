import { markdownTable } from './tables.mjs';
import { summarize } from './stats.mjs';

/** Render time goal, ms, and the speed-up over simpleheat. */
const RENDER_GOAL_MS = 50;
const SPEEDUP_GOAL = 10;
const TASK_LIMIT_MS = 50;

/**
 * Checks the heatmap goals.
 * @param {Record<string, any> | undefined} heatmap
 * @returns {{ goal: string, measured: string, pass: boolean }[]}
 */
export function evaluateHeatmapGoals(heatmap) {
  if (!heatmap?.render || !heatmap.aggregate) return [];
  const median = (name) =>
    summarize(
      heatmap.render.times.find((t) => t.renderer === name)?.samples ?? [],
    ).p50;
  const reprise = median('reprise');
  const simple = median('simpleheat');
  const { longTasks, recordings } = heatmap.aggregate;
  return [
    {
      goal: `1,000,000 points at 1280x800 under ${RENDER_GOAL_MS} ms (median)`,
      measured: `${reprise.toFixed(1)} ms`,
      pass: reprise < RENDER_GOAL_MS,
    },
    {
      goal: `at least ${SPEEDUP_GOAL}x faster than simpleheat`,
      measured: `${(simple / reprise).toFixed(1)}x (${reprise.toFixed(1)} ms vs ${simple.toFixed(0)} ms)`,
      pass: simple / reprise >= SPEEDUP_GOAL,
    },
    {
      goal: `aggregating ${recordings} recordings in a worker: no main-thread task over ${TASK_LIMIT_MS} ms`,
      measured:
        longTasks.count === 0
          ? 'none over 50 ms'
          : `${longTasks.count} over 50 ms, longest ${longTasks.max.toFixed(0)} ms`,
      pass: longTasks.count === 0,
    },
  ];
}

/**
 * The heatmap section of the benchmark report.
 * @param {Record<string, any> | undefined} heatmap
 */
export function heatmapSection(heatmap) {
  if (!heatmap) return '## Heatmaps\n\nNot measured in this run.';
  if (heatmap.error)
    return `## Heatmaps\n\nThe heatmap run failed: ${heatmap.error}`;
  const { render, aggregate } = heatmap;
  const goals = evaluateHeatmapGoals(heatmap);
  const reprise = summarize(
    render.times.find((t) => t.renderer === 'reprise').samples,
  ).p50;

  const renderTable = markdownTable(
    ['renderer', 'runs', 'median ms', 'min ms', 'max ms', 'vs Reprise'],
    render.times.map(({ renderer, samples }) => {
      const stats = summarize(samples);
      return [
        renderer,
        String(samples.length),
        stats.p50.toFixed(1),
        Math.min(...samples).toFixed(1),
        stats.max.toFixed(1),
        `${(stats.p50 / reprise).toFixed(1)}x`,
      ];
    }),
  );
  const aggregateTable = markdownTable(
    [
      'recordings',
      'wall time',
      'per recording',
      'rows',
      'clicks',
      'long tasks',
      'longest task',
      'max timer lag',
    ],
    [
      [
        String(aggregate.recordings + aggregate.rejected),
        `${(aggregate.wallMs / 1000).toFixed(1)} s`,
        `${(aggregate.wallMs / (aggregate.recordings + aggregate.rejected)).toFixed(1)} ms`,
        String(aggregate.rows),
        String(aggregate.clicks),
        String(aggregate.longTasks.count),
        aggregate.longTasks.count
          ? `${aggregate.longTasks.max.toFixed(0)} ms`
          : 'none',
        `${aggregate.maxTimerLagMs.toFixed(0)} ms`,
      ],
    ],
  );
  const goalTable = markdownTable(
    ['goal', 'measured', 'result'],
    goals.map((g) => [g.goal, g.measured, g.pass ? 'pass' : 'FAIL']),
  );

  return `## Heatmaps

${goalTable}

### Rendering ${render.points.toLocaleString('en')} points at ${render.width}x${render.height}

${renderTable}

All three draw the same clustered points (85% in 40 normal clusters,
15% uniform, fixed seed) with a ${render.radius} px radius on one
${render.width}x${render.height} canvas, in one page. Reprise bins the
points into a density grid (cells of a quarter of the radius), blurs it
with box passes and colours it through a 256-entry palette table, on
the CPU; simpleheat 0.4.0 and heatmap.js 2.0.5 draw one blurred circle
per point (heatmap.js first merges points on the same pixel). Each time
runs from the draw call to a one-pixel read-back, so drawing has
finished. Building each library's input array is not timed.

### Aggregating in a worker

${aggregateTable}

${aggregate.recordings + aggregate.rejected} recordings cycled from the
${heatmap.fixtures.length} bundled real recordings (12 KB to 4 MB;
\`test/fixtures/recordings\`), given to \`aggregateInWorker\` as URLs that
the worker fetches, parses and walks itself, two in flight, in a page
of its own (not the one the renderers ran in). Long tasks
are the main thread's, from the Long Tasks API; the timer lag is the
largest lateness of a 10 ms \`setTimeout\` loop on the main thread
during the run. ${aggregate.rejected} recordings were rejected.${longTaskNote(aggregate)}

${measureSection(heatmap)}`;
}

/**
 * Says where main-thread long tasks during the worker run came from, as
 * far as a trace showed, since no aggregation code runs on that thread.
 * @param {Record<string, any>} aggregate
 */
function longTaskNote(aggregate) {
  if (aggregate.longTasks.count === 0) return '';
  return `

The main thread runs no aggregation code in this test: it sends URLs,
receives acknowledgements and runs the timer probe. A Chromium trace of a 200-recording run on the
same loaded machine (2026-12-04) put its long tasks in V8 major
collections of the page's own 2-3 MB heap (one of 136 ms, 116 ms of it
waiting for V8's parallel helper threads) and in one 70 ms
resource-load notification for the worker's fetches. With load averages
of 7 to 11 on 2 cores, such waits stretch; on an idle machine they were
not measured.`;
}

/** @param {Record<string, any>} heatmap */
function measureSection(heatmap) {
  const { measure } = heatmap;
  if (!measure) return '';
  const table = markdownTable(
    [
      'recordings',
      'clicks',
      'measured',
      'wall time',
      'per click',
      'long tasks',
      'longest task',
    ],
    [
      [
        String(measure.recordings),
        String(measure.clicks),
        String(measure.measured),
        `${measure.wallMs.toFixed(0)} ms`,
        `${(measure.wallMs / Math.max(1, measure.clicks)).toFixed(1)} ms`,
        String(measure.longTasks.count),
        measure.longTasks.count
          ? `${measure.longTasks.max.toFixed(0)} ms`
          : 'none',
      ],
    ],
  );
  return `### Measuring boxes by replay

${table}

\`aggregateHeatmap\` with \`createReplayBoxMeasurer()\` on the main thread,
over ${heatmap.measuredFixtures.join(', ')}: one engine frame per
recording and a seek per click, for exact positions inside each
element's box. The time includes \`parseRecording\` and the walk over
the events; fetching and \`JSON.parse\` ran before the timer started.`;
}
