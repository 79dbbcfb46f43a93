import { afterEach, expect, test } from 'vitest';
import { createReplayer, sanitizeRecording } from '../../src/engine';
import type { Replayer } from '../../src/engine';
import { IncrementalSource } from '@rrweb/types';
import type { eventWithTime } from '@rrweb/types';
import { parseRecording } from '../../src/events';
import { analyzeRecording } from '../../src/insights';
import type { Diagnostic } from '../../src/events/types';
import { manualScheduler } from '../support/manualScheduler';
import { createRoot, fetchRecording } from '../support/recordings';
import { buildCorpusRecording } from '../security/corpusRecording';
import {
  basePage,
  element,
  incremental,
  lateAttack,
  mutation,
  text,
} from '../support/stream';

const replayers: Replayer[] = [];
afterEach(() => {
  for (const replayer of replayers.splice(0)) replayer.destroy();
});

function countOf(diagnostics: Diagnostic[], code: string): number {
  return diagnostics.find((item) => item.code === code)?.count ?? 0;
}

test('early seek applies only sanitized events', async () => {
  const manual = manualScheduler();
  const replayer = createReplayer(lateAttack(), {
    root: createRoot(),
    scheduler: manual.scheduler,
  });
  replayers.push(replayer);
  expect(replayer.getState().insights).toBeNull();

  const seeking = replayer.seek(replayer.getState().duration);
  await manual.runTasks();
  await seeking;

  const html = replayer.document.documentElement.outerHTML;
  expect(html).toContain('still plain');
  expect(html).toContain('link');
  expect(html).not.toContain('javascript:');
  expect(html).not.toContain('onclick');
  expect(countOf(replayer.getState().diagnostics, 'unsafe-content')).toBe(2);
  // The background pass, and the analysis after it, start from an
  // animation frame, which the test has not run yet.
  expect(replayer.getState().insights).toBeNull();

  await manual.runFrames();
  await manual.runTasks();
  expect(replayer.getState().insights).not.toBeNull();
});

test('background pass reports findings and insights', async () => {
  const recording = parseRecording(
    await fetchRecording('posthog-com-homepage'),
  );
  const replayer = createReplayer(recording, { root: createRoot(640, 400) });
  replayers.push(replayer);
  expect(replayer.getState().insights).toBeNull();

  await waitForInsights(replayer);

  const expected = sanitizeRecording(recording).diagnostics;
  const reported = replayer.getState().diagnostics;
  for (const code of ['unsafe-content', 'asset-blocked']) {
    expect(countOf(expected, code)).toBeGreaterThan(0);
    expect(countOf(reported, code)).toBe(countOf(expected, code));
  }
  expect(replayer.getState().insights?.clicks.length).toBeGreaterThan(0);
});

test('background pass yields between slices', async () => {
  // Each reading of the clock moves it 1 ms on, so a slice reads a few
  // events before its time is up.
  let clock = 0;
  const manual = manualScheduler(() => (clock += 1));
  const recording = parseRecording(
    await fetchRecording('posthog-com-homepage'),
  );
  const replayer = createReplayer(recording, {
    root: createRoot(640, 400),
    scheduler: manual.scheduler,
    checkpoints: false,
  });
  replayers.push(replayer);

  await manual.runFrames();
  manual.runQueuedTasks();
  expect(replayer.getState().insights).toBeNull();
  expect(manual.pending()).toBe(1);

  await manual.runTasks();
  expect(replayer.getState().insights).toEqual(
    analyzeRecording(sanitizeRecording(recording)),
  );
});

test('malformed mutation adds do not stop insights', async () => {
  const replayer = createReplayer(
    [
      ...basePage([element(10, 'p', {}, [text(11, 'plain')])]),
      incremental(100, {
        source: IncrementalSource.Mutation,
        adds: 5,
        removes: [],
        texts: [],
        attributes: [],
      } as never),
    ],
    { root: createRoot() },
  );
  replayers.push(replayer);

  await waitForInsights(replayer);
  expect(replayer.getState().insights).not.toBeNull();
});

/** A 1x1 opaque red PNG. */
const RED_PIXEL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==';

/**
 * Returns a canvas drawn with `RED_PIXEL` at 100 ms, then `padding` text
 * changes, so the background pass takes many tasks.
 */
function canvasRecording(padding: number): eventWithTime[] {
  return [
    ...basePage([
      element(10, 'canvas', { width: '20', height: '20' }),
      element(20, 'p', {}, [text(21, 'x')]),
    ]),
    incremental(100, {
      source: IncrementalSource.CanvasMutation,
      id: 10,
      type: 0,
      commands: [
        {
          property: 'drawImage',
          args: [{ rr_type: 'HTMLImageElement', src: RED_PIXEL }, 0, 0, 20, 20],
        },
      ],
    }),
    ...Array.from({ length: padding }, (_, index) =>
      mutation(200 + index, { texts: [{ id: 21, value: `t${index}` }] }),
    ),
  ];
}

test('seek during the background pass waits for canvas images', async () => {
  const replayer = createReplayer(canvasRecording(60_000), {
    root: createRoot(),
    checkpoints: false,
  });
  replayers.push(replayer);
  await new Promise((resolve) =>
    requestAnimationFrame(() => setTimeout(resolve)),
  );

  await replayer.seek(150);

  const codes = replayer.getState().diagnostics.map(({ code }) => code);
  const canvas = replayer.getNode(10) as HTMLCanvasElement;
  const pixel = canvas.getContext('2d')!.getImageData(5, 5, 1, 1).data;
  expect(codes).not.toContain('canvas:image-not-ready');
  expect([...pixel]).toEqual([255, 0, 0, 255]);
});

test('destroy from a state listener stops the pass', async () => {
  const manual = manualScheduler();
  const replayer = createReplayer(buildCorpusRecording().events, {
    root: createRoot(),
    scheduler: manual.scheduler,
  });
  replayers.push(replayer);
  replayer.subscribe(() => replayer.destroy());

  await manual.runFrames();
  manual.runQueuedTasks();

  expect(manual.pending()).toBe(0);
  expect(replayer.getState().insights).toBeNull();
});

function waitForInsights(replayer: Replayer): Promise<void> {
  return new Promise<void>((resolve) => {
    if (replayer.getState().insights) return resolve();
    const unsubscribe = replayer.subscribe(({ insights }) => {
      if (!insights) return;
      unsubscribe();
      resolve();
    });
  });
}
