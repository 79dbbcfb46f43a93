import { parseArgs } from 'node:util';
import { SCENARIOS } from './scenarios/index.mjs';

export const USAGE = `Usage: npm run fidelity -- [--app NAME]... [--replay-only]

Records each app page with rrweb in Chromium, replays it with Reprise and
with rrweb's Replayer, and writes the comparison to FIDELITY.md.

  --app NAME      run only this app (repeatable); one of:
                  ${Object.keys(SCENARIOS).join(', ')}
  --replay-only   reuse the events and ground truth recorded earlier in
                  test/fidelity/out/ instead of recording again
  --help          show this text`;

/** Parses the command line; returns null when only help was asked for. */
export function readOptions(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      app: { type: 'string', multiple: true },
      'replay-only': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return null;

  const apps = values.app ?? Object.keys(SCENARIOS);
  const unknown = apps.filter((app) => !(app in SCENARIOS));
  if (unknown.length > 0) {
    throw new Error(`Unknown app: ${unknown.join(', ')}.\n\n${USAGE}`);
  }
  return { apps, replayOnly: values['replay-only'] };
}

/** Builds the command line that reproduces a run, for the report. */
export function commandLine(options, allApps) {
  const parts = ['npm run fidelity'];
  const flags = [];
  if (options.apps.length !== allApps.length) {
    for (const app of options.apps) flags.push('--app', app);
  }
  if (options.replayOnly) flags.push('--replay-only');
  if (flags.length > 0) parts.push('--', ...flags);
  return parts.join(' ');
}
