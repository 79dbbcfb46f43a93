import fs from 'node:fs/promises';
import * as prettier from 'prettier';
import { REPORT_PATH } from './paths.mjs';
import { ENGINES } from './replay.mjs';
import {
  formatCounts,
  formatPixels,
  formatShare,
  PIXEL_GOAL,
  summarizeEngine,
} from './summarize.mjs';

const START = '<!-- fidelity:results:start -->';
const END = '<!-- fidelity:results:end -->';
const NAMES = { reprise: 'Reprise', rrweb: 'rrweb' };

/**
 * Writes the results tables into FIDELITY.md between the results markers
 * and keeps the hand-written sections around them. `runs` maps each app to
 * its latest result, which may come from different runs.
 */
export async function writeReport(runs) {
  const block = [START, ...resultsSection(runs), END].join('\n');
  let text;
  try {
    text = await fs.readFile(REPORT_PATH, 'utf8');
  } catch {
    text = `# Fidelity\n\n${START}\n${END}\n`;
  }

  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start === -1 || end === -1) {
    throw new Error(`${REPORT_PATH} lost its results markers.`);
  }
  const updated = text.slice(0, start) + block + text.slice(end + END.length);
  // Formatted like the rest of the repository, so format checks pass.
  const config = await prettier.resolveConfig(REPORT_PATH);
  const formatted = await prettier.format(updated, {
    ...config,
    filepath: REPORT_PATH,
  });
  await fs.writeFile(REPORT_PATH, formatted);
}

function resultsSection(runs) {
  const apps = Object.values(runs);
  const lines = [...provenance(apps), '', ...summaryTable(apps), ''];
  for (const run of apps) lines.push(...checkpointTable(run), '');
  return lines;
}

function provenance(apps) {
  const commands = unique(apps.map((run) => run.command));
  const dates = unique(apps.map((run) => run.date.slice(0, 10)));
  const browsers = unique(apps.map((run) => run.chromium));
  return [
    `Produced by \`${commands.join('`, `')}\` on ${dates.join(', ')}, ` +
      `Chromium ${browsers.join(', ')}, viewport screenshots at scale 1.`,
  ];
}

function unique(values) {
  return [...new Set(values)];
}

/** Builds one row per app and engine, an app's engines side by side. */
function summaryTable(apps) {
  const header = [
    'App',
    'Replayer',
    'Checkpoints',
    'Nodes matched (min / mean)',
    'Mismatches (nodes, all checkpoints)',
    'Max differing pixels (checkpoint)',
    'Checkpoints at goal',
  ];
  const rows = apps.flatMap((run) =>
    ENGINES.map((engine, index) => {
      const sum = summarizeEngine(run.engines[engine]);
      return [
        index === 0 ? run.app : '',
        NAMES[engine],
        String(sum.checkpoints),
        `${formatShare(sum.minShare)} / ${formatShare(sum.meanShare)}`,
        formatCounts(sum.counts),
        formatWorst(sum),
        `${sum.atGoal} / ${sum.checkpoints}`,
      ];
    }),
  );
  return table(header, rows);
}

function checkpointTable(run) {
  const header = ['#', 'Checkpoint'];
  for (const engine of ENGINES) {
    header.push(`${NAMES[engine]} nodes`, `${NAMES[engine]} pixels`);
  }
  const rows = run.engines[ENGINES[0]].map((first, index) => {
    const row = [String(first.n), first.label];
    for (const engine of ENGINES) {
      const { dom, pixels } = run.engines[engine][index];
      row.push(
        formatShare(dom.share) + (dom.share < 1 ? ' ✗' : ''),
        formatPixels(pixels.share) + (pixels.share > PIXEL_GOAL ? ' ✗' : ''),
      );
    }
    return row;
  });
  const last = run.engines.reprise.at(-1);
  const diagnostics = Object.entries(last?.diagnostics ?? {})
    .map(([code, count]) => `${code} (${count})`)
    .join(', ');
  const failed = run.engines.reprise.find((checkpoint) => checkpoint.error);
  const failure = failed
    ? [`Reprise stopped at #${failed.n} with an error: ${failed.error}`, '']
    : [];
  return [
    `<details><summary>${run.app}: every checkpoint</summary>`,
    '',
    '✗ marks a value that misses the goal.',
    '',
    ...table(header, rows),
    '',
    `Reprise diagnostics at the last checkpoint: ${diagnostics || 'none'}.`,
    '',
    ...failure,
    '</details>',
  ];
}

function formatWorst(sum) {
  if (sum.maxPixels === 0) return formatPixels(0);
  return `${formatPixels(sum.maxPixels)} (#${sum.worstCheckpoint})`;
}

function table(header, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)];
}
