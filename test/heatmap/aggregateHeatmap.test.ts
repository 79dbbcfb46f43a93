import { describe, expect, it } from 'vitest';
import { aggregateHeatmap } from '../../src/heatmap/aggregate/aggregateHeatmap';
import type { HeatmapRow } from '../../src/heatmap/types';
import {
  click,
  metaAt,
  moves,
  mutation,
  recordingOf,
  resize,
  shop,
  snapshotAt,
  windowScroll,
} from './streams';

const HREF = 'https://shop.test/cart?session=42#top';
const PAGE = 'https://shop.test/cart';

function rowsOf(rows: HeatmapRow[], kind: HeatmapRow['kind']) {
  return rows.filter((row) => row.kind === kind);
}

describe('aggregateHeatmap', () => {
  it('turns known clicks into known rows', async () => {
    const recording = recordingOf([
      metaAt(0, HREF, 1280),
      snapshotAt(0, shop()),
      click(1000, 5, 100, 40),
      click(5000, 9, 300, 200),
      mutation(5100),
      click(9000, 5, 110, 45),
      mutation(9100),
    ]);

    const { rows, stats } = await aggregateHeatmap([recording], {
      moves: false,
    });

    expect(rowsOf(rows, 'click')).toEqual([
      {
        kind: 'click',
        page: PAGE,
        bucket: '1024-1439',
        selector: '#app > button.cta',
        x: 0.5,
        y: 0.5,
        count: 2,
      },
      {
        kind: 'click',
        page: PAGE,
        bucket: '1024-1439',
        selector: '#app > ul > li:nth-of-type(2) > a',
        x: 0.5,
        y: 0.5,
        count: 1,
      },
    ]);
    expect(stats.clicks).toBe(3);
    expect(stats.estimated).toBe(3);
    expect(stats.measured).toBe(0);
    expect(stats.sessions).toBe(1);
  });

  it('places measured clicks relative to the box', async () => {
    const recording = recordingOf([
      metaAt(0, HREF, 800),
      snapshotAt(0, shop()),
      windowScroll(500, 100),
      click(1000, 5, 60, 20),
      mutation(1100),
    ]);
    const measureBoxes = async () => [
      { left: 10, top: 110, width: 200, height: 40 },
    ];

    const { rows, stats } = await aggregateHeatmap([recording], {
      measureBoxes,
      moves: false,
    });

    // Page point (60, 120) in box (10, 110, 200 x 40): 25% across, 25% down.
    expect(rowsOf(rows, 'click')).toEqual([
      {
        kind: 'click',
        page: PAGE,
        bucket: '768-1023',
        selector: '#app > button.cta',
        x: 0.26,
        y: 0.26,
        count: 1,
      },
    ]);
    expect(stats.measured).toBe(1);
  });

  it('anchors to stable ids and test ids only', async () => {
    const recording = recordingOf([
      metaAt(0, HREF, 375),
      snapshotAt(0, shop()),
      click(1000, 10, 10, 10),
      click(2000, 11, 10, 10),
      mutation(2100),
    ]);

    const { rows } = await aggregateHeatmap([recording], { moves: false });
    const selectors = rowsOf(rows, 'click').map((row) => row.selector);

    expect(selectors).toEqual(['[data-testid="promo"]', 'body > p']);
  });

  it('falls back to page coordinates and counts it', async () => {
    const recording = recordingOf([
      metaAt(0, HREF, 1280),
      snapshotAt(0, shop()),
      windowScroll(100, 300),
      click(1000, 999, 101, 50),
      mutation(1100),
    ]);

    const { rows, stats } = await aggregateHeatmap([recording], {
      cellSize: 10,
    });

    expect(rowsOf(rows, 'click')).toEqual([
      {
        kind: 'click',
        page: PAGE,
        bucket: '1024-1439',
        selector: '',
        x: 100,
        y: 350,
        count: 1,
      },
    ]);
    expect(stats.fallbacks.missingNode).toBe(1);
  });

  it('follows mutations to the DOM at the click', async () => {
    const recording = recordingOf([
      metaAt(0, HREF, 1280),
      snapshotAt(0, shop()),
      mutation(500, { removes: [{ parentId: 6, id: 7 }] }),
      click(1000, 9, 10, 10),
      mutation(1100),
    ]);

    const { rows } = await aggregateHeatmap([recording], { moves: false });

    // With the first li gone, the link's li is the only one left.
    expect(rowsOf(rows, 'click')[0]?.selector).toBe('#app > ul > li > a');
  });

  it('marks rage and dead clicks', async () => {
    const recording = recordingOf([
      metaAt(0, HREF, 1280),
      snapshotAt(0, shop()),
      click(1000, 11, 50, 50),
      click(1200, 11, 52, 50),
      click(1400, 11, 51, 51),
      click(8000, 5, 10, 10),
      mutation(8050),
      click(9000, 11, 400, 400),
      mutation(20000),
    ]);

    const { rows } = await aggregateHeatmap([recording], { moves: false });

    expect(rowsOf(rows, 'rage')).toEqual([
      {
        kind: 'rage',
        page: PAGE,
        bucket: '1024-1439',
        selector: 'body > p',
        x: 0.5,
        y: 0.5,
        count: 3,
      },
    ]);
    const dead = rowsOf(rows, 'dead');
    expect(dead.map((row) => row.selector)).toEqual(['body > p']);
    // No click on the paragraph is followed by a change within 2.5 s:
    // the three of the burst and the one at 9 s. The button's click is.
    expect(dead[0]?.count).toBe(4);
  });

  it('collects moves and scroll depth per page and bucket', async () => {
    const recording = recordingOf([
      metaAt(0, HREF, 1280, 700),
      snapshotAt(0, shop()),
      moves(500, [
        [10, 10],
        [12, 11],
      ]),
      windowScroll(1000, 900),
      resize(2000, 400, 700),
      moves(2500, [[30, 30]]),
      metaAt(3000, 'https://shop.test/done', 400, 700),
      snapshotAt(3000, shop()),
    ]);

    const { rows, stats } = await aggregateHeatmap([recording], {
      cellSize: 8,
    });

    expect(rowsOf(rows, 'move')).toEqual([
      {
        kind: 'move',
        page: PAGE,
        bucket: '0-767',
        selector: '',
        x: 32,
        y: 928,
        count: 1,
      },
      {
        kind: 'move',
        page: PAGE,
        bucket: '1024-1439',
        selector: '',
        x: 8,
        y: 8,
        count: 1,
      },
      {
        kind: 'move',
        page: PAGE,
        bucket: '1024-1439',
        selector: '',
        x: 16,
        y: 8,
        count: 1,
      },
    ]);
    expect(rowsOf(rows, 'scroll')).toEqual([
      {
        kind: 'scroll',
        page: PAGE,
        bucket: '0-767',
        selector: '',
        x: 0,
        y: 1600,
        count: 1,
      },
      {
        kind: 'scroll',
        page: PAGE,
        bucket: '1024-1439',
        selector: '',
        x: 0,
        y: 1600,
        count: 1,
      },
      {
        kind: 'scroll',
        page: 'https://shop.test/done',
        bucket: '0-767',
        selector: '',
        x: 0,
        y: 700,
        count: 1,
      },
    ]);
    expect(stats.sessions).toBe(3);
    expect(stats.moves).toBe(3);
  });

  it('sums many sessions from an async iterable', async () => {
    async function* sessions() {
      for (let i = 0; i < 20; i++) {
        yield recordingOf([
          metaAt(0, HREF, 1280),
          snapshotAt(0, shop()),
          click(1000, 5, 10, 10),
          mutation(1100),
        ]);
      }
    }
    const progress: number[] = [];

    const { rows, stats } = await aggregateHeatmap(sessions(), {
      moves: false,
      onProgress: (n) => progress.push(n),
    });

    expect(rowsOf(rows, 'click')[0]?.count).toBe(20);
    expect(rowsOf(rows, 'fold')).toEqual([
      {
        kind: 'fold',
        page: PAGE,
        bucket: '1024-1439',
        selector: '',
        x: 0,
        y: 800,
        count: 20,
      },
    ]);
    expect(stats.recordings).toBe(20);
    expect(progress.at(-1)).toBe(20);
  });

  it('counts unreadable recordings and keeps the rest', async () => {
    const good = recordingOf([
      metaAt(0, HREF, 1280),
      snapshotAt(0, shop()),
      click(1000, 5),
      mutation(1100),
    ]);

    const { rows, stats, errors } = await aggregateHeatmap([
      'not json',
      [],
      good,
    ]);

    expect(stats.rejected).toBe(2);
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^Recording 0: /);
    expect(rowsOf(rows, 'click')).toHaveLength(1);
  });

  it('applies a URL normalizer and breakpoints', async () => {
    const recording = recordingOf([
      metaAt(0, 'https://shop.test/users/17/cart?tab=2&utm=x', 900),
      snapshotAt(0, shop()),
      click(1000, 5),
      mutation(1100),
    ]);

    const { rows } = await aggregateHeatmap([recording], {
      breakpoints: [600, 1000],
      normalizeUrl: {
        keepQuery: ['tab'],
        keepOrigin: false,
        replace: [['/users/\\d+', '/users/:id']],
      },
    });

    expect(rowsOf(rows, 'click')[0]).toMatchObject({
      page: '/users/:id/cart?tab=2',
      bucket: '600-999',
    });
  });

  it('rejects invalid options before reading', async () => {
    await expect(aggregateHeatmap([], { cellSize: 0 })).rejects.toThrow(
      /cellSize: 0/,
    );
    await expect(aggregateHeatmap([], { breakpoints: [-1] })).rejects.toThrow(
      /breakpoint -1/,
    );
    await expect(
      aggregateHeatmap([], { normalizeUrl: { replace: [['(', '']] } }),
    ).rejects.toThrow(/Invalid URL replace pattern/);
  });
});
