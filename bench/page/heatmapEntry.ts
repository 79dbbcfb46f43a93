import h337 from 'heatmap.js';
import simpleheat from 'simpleheat';
import { aggregateHeatmap } from '../../src/heatmap/aggregate/aggregateHeatmap';
import { createReplayBoxMeasurer } from '../../src/heatmap/aggregate/createReplayBoxMeasurer';
import { renderHeatmap } from '../../src/heatmap/render/renderHeatmap';
import { aggregateInWorker } from '../../src/heatmap/worker/aggregateInWorker';
import { makePoints } from './heatmapPoints';
import { observeLongTasks, settle, sleep } from './longTasks';

/** Radius in CSS px, the same for the three renderers. */
const RADIUS = 25;

/** Timings of one renderer, in ms. */
export interface RenderTimes {
  renderer: string;
  samples: number[];
}

export interface RenderBenchResult {
  points: number;
  width: number;
  height: number;
  radius: number;
  /** Ms to build each library's input from the same points, untimed. */
  times: RenderTimes[];
}

export interface AggregateBenchResult {
  recordings: number;
  wallMs: number;
  rows: number;
  clicks: number;
  rejected: number;
  longTasks: { count: number; max: number; total: number };
  /** Largest lateness of a 10 ms timer on the main thread, ms. */
  maxTimerLagMs: number;
}

export interface MeasureBenchResult {
  recordings: number;
  clicks: number;
  measured: number;
  wallMs: number;
  longTasks: { count: number; max: number; total: number };
}

declare global {
  interface Window {
    heatmapBench?: {
      render(
        points: number,
        runs: Record<string, number>,
      ): Promise<RenderBenchResult>;
      aggregate(urls: string[], count: number): Promise<AggregateBenchResult>;
      measure(urls: string[]): Promise<MeasureBenchResult>;
    };
  }
}

function createCanvasHost(width: number, height: number): HTMLDivElement {
  const host = document.createElement('div');
  Object.assign(host.style, {
    position: 'relative',
    width: `${width}px`,
    height: `${height}px`,
  });
  document.body.append(host);
  return host;
}

/** Reads one pixel back, so the drawing has finished when the timer stops. */
function flush(canvas: HTMLCanvasElement): void {
  canvas.getContext('2d')!.getImageData(0, 0, 1, 1);
}

async function time(
  runs: number,
  draw: () => HTMLCanvasElement,
): Promise<number[]> {
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) {
    await settle();
    const start = performance.now();
    flush(draw());
    samples.push(performance.now() - start);
  }
  return samples;
}

window.heatmapBench = {
  async render(count, runs) {
    const width = 1280;
    const height = 800;
    const { xs, ys } = makePoints(count, width, height);
    const times: RenderTimes[] = [];

    const reprise = document.createElement('canvas');
    createCanvasHost(width, height).append(reprise);
    times.push({
      renderer: 'reprise',
      samples: await time(runs.reprise ?? 7, () => {
        renderHeatmap(
          reprise,
          { xs, ys },
          { width, height },
          { radius: RADIUS, blur: 0.85 },
        );
        return reprise;
      }),
    });

    const triples: [number, number, number][] = new Array(count);
    for (let i = 0; i < count; i++) triples[i] = [xs[i]!, ys[i]!, 1];
    const simple = document.createElement('canvas');
    simple.width = width;
    simple.height = height;
    createCanvasHost(width, height).append(simple);
    const heat = simpleheat(simple)
      .data(triples)
      .radius(RADIUS, RADIUS * 0.85);
    times.push({
      renderer: 'simpleheat',
      samples: await time(runs.simpleheat ?? 3, () => {
        heat.draw(0.05);
        return simple;
      }),
    });

    const host = createCanvasHost(width, height);
    const instance = h337.create({
      container: host,
      radius: RADIUS,
      blur: 0.85,
    });
    const data = {
      max: 50,
      min: 0,
      data: Array.from({ length: count }, (_, i) => ({
        x: Math.round(xs[i]!),
        y: Math.round(ys[i]!),
        value: 1,
      })),
    };
    const heatmapCanvas = host.querySelector('canvas')!;
    times.push({
      renderer: 'heatmap.js',
      samples: await time(runs['heatmap.js'] ?? 3, () => {
        instance.setData(data);
        return heatmapCanvas;
      }),
    });
    return { points: count, width, height, radius: RADIUS, times };
  },

  async measure(urls) {
    const recordings = await Promise.all(
      urls.map(async (url) => (await fetch(url)).json()),
    );
    await settle();
    const stop = observeLongTasks();
    const start = performance.now();
    const result = await aggregateHeatmap(recordings, {
      measureBoxes: createReplayBoxMeasurer(),
    });
    const wallMs = performance.now() - start;
    return {
      recordings: result.stats.recordings,
      clicks: result.stats.clicks,
      measured: result.stats.measured,
      wallMs,
      longTasks: stop(),
    };
  },

  async aggregate(urls, count) {
    let maxLag = 0;
    let expected = performance.now() + 10;
    let probing = true;
    const probe = () => {
      if (!probing) return;
      const now = performance.now();
      maxLag = Math.max(maxLag, now - expected);
      expected = now + 10;
      setTimeout(probe, 10);
    };
    setTimeout(probe, 10);
    await sleep(50);

    function* inputs() {
      for (let i = 0; i < count; i++) yield { url: urls[i % urls.length]! };
    }
    const stop = observeLongTasks();
    const start = performance.now();
    const result = await aggregateInWorker(inputs(), {
      createWorker: () => new Worker('/page/heatmapWorker.js'),
      maxInFlight: 2,
    });
    const wallMs = performance.now() - start;
    const longTasks = stop();
    probing = false;
    return {
      recordings: result.stats.recordings,
      wallMs,
      rows: result.rows.length,
      clicks: result.stats.clicks,
      rejected: result.stats.rejected,
      longTasks,
      maxTimerLagMs: maxLag,
    };
  },
};
