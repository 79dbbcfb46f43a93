import { afterEach, describe, expect, test } from 'vitest';
import { createReplayer } from '../../src/engine';
import type { Replayer } from '../../src/engine';
import { parseRecording } from '../../src/events';
import type { Recording } from '../../src/events';
import { aggregateHeatmap } from '../../src/heatmap/aggregate/aggregateHeatmap';
import { collectSession } from '../../src/heatmap/aggregate/collectSession';
import { createReplayBoxMeasurer } from '../../src/heatmap/aggregate/createReplayBoxMeasurer';
import { createUrlNormalizer } from '../../src/heatmap/aggregate/normalizeUrl';
import { DEFAULT_BREAKPOINTS } from '../../src/heatmap/aggregate/widthBucket';
import { locateInDocument, placeRows } from '../../src/heatmap/rows/placeRows';
import { CLICKS, WIDTHS, recordingName } from './record/clickPlan.mjs';
import { createRoot, fetchRecording } from '../support/recordings';

let replayer: Replayer | undefined;
afterEach(() => replayer?.destroy());

async function pricing(width: number): Promise<Recording> {
  return parseRecording(await fetchRecording(recordingName(width)));
}

const sessionOptions = {
  pageKey: createUrlNormalizer(),
  breakpoints: DEFAULT_BREAKPOINTS,
  moves: false,
};

describe('selector paths', () => {
  test.each(WIDTHS)(
    'name the clicked element in the replay at %i px',
    async (width) => {
      const recording = await pricing(width);
      const { clicks } = collectSession(recording, sessionOptions);
      replayer = createReplayer(recording, { root: createRoot() });
      expect(clicks.length).toBe(
        CLICKS.reduce((sum, click) => sum + click.times, 0),
      );

      for (const click of clicks) {
        await replayer.seek(click.time);
        const target = replayer.getNode(click.targetId);
        expect(click.selector).toBeDefined();
        expect(replayer.document.querySelector(click.selector!)).toBe(target);
      }
    },
  );
});

describe('element anchoring across widths', () => {
  test('puts each planned click on its element at its position', async () => {
    const recordings = await Promise.all(WIDTHS.map(pricing));

    const { rows, stats } = await aggregateHeatmap(recordings, {
      measureBoxes: createReplayBoxMeasurer(),
      moves: false,
    });

    expect(stats.clicks).toBe(
      3 * CLICKS.reduce((sum, click) => sum + click.times, 0),
    );
    expect(stats.measured).toBe(stats.clicks);
    expect(stats.fallbacks).toEqual({
      missingNode: 0,
      noSelector: 0,
      noBox: 0,
      unplaced: 0,
    });

    replayer = createReplayer(recordings[2]!, { root: createRoot() });
    await replayer.seek(0);
    const doc = replayer.document;
    const buckets = ['0-767', '768-1023', '1024-1439'];

    for (const bucket of buckets) {
      const clicks = rows.filter(
        (row) => row.kind === 'click' && row.bucket === bucket,
      );
      for (const planned of CLICKS) {
        const element = doc.querySelector(planned.selector);
        const row = clicks.find(
          (candidate) =>
            doc.querySelector(candidate.selector) === element &&
            Math.abs(candidate.x - planned.fx) <= 0.03 &&
            Math.abs(candidate.y - planned.fy) <= 0.03,
        );
        expect(row, `${planned.selector} in ${bucket}`).toBeDefined();
        expect(row!.count).toBe(planned.times);
      }
    }
  });

  test('lands clicks from every width inside the element in one frame', async () => {
    const recordings = await Promise.all(WIDTHS.map(pricing));
    const { rows } = await aggregateHeatmap(recordings, {
      measureBoxes: createReplayBoxMeasurer(),
      moves: false,
    });
    replayer = createReplayer(recordings[2]!, { root: createRoot() });
    await replayer.seek(0);
    const doc = replayer.document;
    const signup = doc.querySelector('#signup')!.getBoundingClientRect();

    const placed = placeRows(
      rows.filter((row) => row.kind === 'click' && row.selector === '#signup'),
      locateInDocument(doc),
    );

    expect(placed.unlocated).toBe(0);
    expect(placed.xs.length).toBe(6);
    for (let i = 0; i < placed.xs.length; i++) {
      expect(placed.xs[i]).toBeGreaterThanOrEqual(signup.left);
      expect(placed.xs[i]).toBeLessThanOrEqual(signup.right);
      expect(placed.ys[i]).toBeGreaterThanOrEqual(signup.top);
      expect(placed.ys[i]).toBeLessThanOrEqual(signup.bottom);
    }
  });

  test('marks the rage burst and the dead clicks', async () => {
    const recording = await pricing(1280);
    const { rows } = await aggregateHeatmap([recording], { moves: false });
    const selectorsOf = (kind: string) =>
      rows.filter((row) => row.kind === kind).map((row) => row.selector);
    replayer = createReplayer(recording, { root: createRoot() });
    await replayer.seek(0);
    const doc = replayer.document;
    const burst = CLICKS.find((click) => click.times > 1)!;

    const rage = selectorsOf('rage');
    expect(rage).toHaveLength(1);
    expect(doc.querySelector(rage[0]!)).toBe(doc.querySelector(burst.selector));
    expect(selectorsOf('dead')).toContain('#headline');
    expect(selectorsOf('dead')).not.toContain('#signup');
  });
});
