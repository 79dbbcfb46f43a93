import { describe, expect, test } from 'vitest';
import { aggregateHeatmap } from '../../src/heatmap/aggregate/aggregateHeatmap';
import { aggregateInWorker } from '../../src/heatmap/worker/aggregateInWorker';
import { WIDTHS, recordingName } from './record/clickPlan.mjs';
import { fetchRecording } from '../support/recordings';

const urls = import.meta.glob<string>(
  '../fixtures/recordings/reprise-pricing-*.json',
  {
    query: '?url',
    import: 'default',
    eager: true,
  },
);

function urlOf(width: number): string {
  return urls[`../fixtures/recordings/${recordingName(width)}.json`]!;
}

describe('aggregateInWorker', () => {
  test('gives the same rows as aggregating on the page', async () => {
    const raw = await Promise.all(
      WIDTHS.map((width) => fetchRecording(recordingName(width))),
    );
    const expected = await aggregateHeatmap(raw);
    const bytes = new TextEncoder().encode(JSON.stringify(raw[1])).buffer;
    const progress: number[] = [];

    const result = await aggregateInWorker(
      [JSON.stringify(raw[0]), bytes, { url: urlOf(WIDTHS[2]!) }],
      { onProgress: (n) => progress.push(n), maxInFlight: 1 },
    );

    expect(result.rows).toEqual(expected.rows);
    expect(result.stats).toEqual(expected.stats);
    expect(progress.at(-1)).toBe(3);
  });

  test('counts a failed fetch and keeps going', async () => {
    async function* inputs() {
      yield { url: '/no-such-recording.json' };
      yield { url: urlOf(WIDTHS[0]!) };
    }

    const result = await aggregateInWorker(inputs());

    expect(result.stats.rejected).toBe(1);
    expect(result.stats.recordings).toBe(1);
    expect(result.errors[0]).toMatch(
      /Recording 0: Fetching \/no-such-recording.json failed: HTTP 404/,
    );
  });

  test('rejects invalid options in the worker', async () => {
    await expect(aggregateInWorker([], { cellSize: -1 })).rejects.toThrow(
      /The heatmap worker failed: Invalid heatmap option cellSize/,
    );
  });
});
