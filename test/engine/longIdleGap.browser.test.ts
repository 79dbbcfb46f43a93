import { afterEach, expect, test } from 'vitest';
import { createReplayer } from '../../src/engine';
import type { Replayer } from '../../src/engine';
import { createRoot, fetchRecording } from '../support/recordings';

let replayer: Replayer | undefined;
afterEach(() => replayer?.destroy());

const HOUR = 3_600_000;

/** Returns the largest gap between consecutive events, in ms from the start. */
function longestGap(raw: unknown) {
  const { rrweb_data: events } = raw as { rrweb_data: { timestamp: number }[] };
  const times = events.map(({ timestamp }) => timestamp).sort((a, b) => a - b);
  let gap = { start: 0, end: 0 };
  for (let index = 1; index < times.length; index += 1) {
    const start = times[index - 1]! - times[0]!;
    const end = times[index]! - times[0]!;
    if (end - start > gap.end - gap.start) gap = { start, end };
  }
  return gap;
}

async function until(check: () => boolean, timeoutMs: number) {
  const deadline = performance.now() + timeoutMs;
  while (!check() && performance.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

test('13-hour recording skips its 10-hour gap', async () => {
  const raw = await fetchRecording('chalk-session-6c720608');
  const gap = longestGap(raw);
  expect(gap.end - gap.start).toBeGreaterThan(10 * HOUR);

  replayer = createReplayer(raw, { root: createRoot(), skipInactive: true });
  const state = () => replayer!.getState();
  expect(state().duration).toBeGreaterThan(13 * HOUR);
  expect(state().status).not.toBe('error');
  await until(() => state().inactivePeriods.length > 0, 5_000);
  expect(
    state().inactivePeriods.some(
      ({ start, end }) =>
        start <= gap.start + 60_000 && end >= gap.end - 60_000,
    ),
  ).toBe(true);

  await replayer.seek(gap.start - 500);
  replayer.play();
  await until(() => state().currentTime > gap.end - 5_000, 5_000);
  replayer.pause();
  expect(state().currentTime).toBeGreaterThan(gap.end - 5_000);

  await replayer.seek(gap.start + 5 * HOUR);
  expect(replayer.document.body).not.toBeNull();
  await replayer.seek(state().duration);
  expect(state().currentTime).toBe(state().duration);
  expect(replayer.document.body?.childElementCount).toBeGreaterThan(0);
});
