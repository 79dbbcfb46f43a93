import { afterEach, expect, test } from 'vitest';
import { createReplayer, sanitizeRecording } from '../../src/engine';
import type { Replayer } from '../../src/engine';
import type { FrameScheduler } from '../../src/engine/clock';
import { parseRecording } from '../../src/events';
import type { Diagnostic } from '../../src/events/types';
import { createRoot, fetchRecording } from '../support/recordings';
import { basePage, element, mutation, PAGE, text } from '../support/stream';

const replayers: Replayer[] = [];
afterEach(() => {
  for (const replayer of replayers.splice(0)) replayer.destroy();
});

/**
 * A scheduler that queues tasks and animation frames until the test runs
 * them, so the test decides when the engine's background work happens.
 */
function manualScheduler() {
  const tasks: (() => void)[] = [];
  const frames: (() => void)[] = [];
  const scheduler: FrameScheduler = {
    now: () => performance.now(),
    requestFrame: (callback) => frames.push(callback),
    cancelFrame: () => {},
    postTask: (callback) => void tasks.push(callback),
  };
  /** Runs the queued tasks, and those they queue, with their promises. */
  async function runTasks() {
    for (let round = 0; round < 100 && tasks.length > 0; round += 1) {
      for (const task of tasks.splice(0)) task();
      await new Promise((resolve) => setTimeout(resolve));
    }
  }
  function runFrames() {
    for (const frame of frames.splice(0)) frame();
  }
  return { scheduler, runTasks, runFrames };
}

/** A clean page, then a text change, then a handler and a script URL. */
function lateAttack(): unknown[] {
  return [
    ...basePage([element(10, 'p', {}, [text(11, 'plain')])]),
    mutation(100, { texts: [{ id: 11, value: 'still plain' }] }),
    mutation(60_000, {
      adds: [
        {
          parentId: PAGE.body,
          nextId: null,
          node: element(12, 'a', { href: 'javascript:alert(1)' }, [
            text(13, 'link'),
          ]),
        },
      ],
      attributes: [{ id: 10, attributes: { onclick: 'alert(2)' } }],
    }),
  ];
}

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

  manual.runFrames();
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

  await new Promise<void>((resolve) => {
    const unsubscribe = replayer.subscribe(({ insights }) => {
      if (!insights) return;
      unsubscribe();
      resolve();
    });
  });

  const expected = sanitizeRecording(recording).diagnostics;
  const reported = replayer.getState().diagnostics;
  for (const code of ['unsafe-content', 'asset-blocked']) {
    expect(countOf(expected, code)).toBeGreaterThan(0);
    expect(countOf(reported, code)).toBe(countOf(expected, code));
  }
  expect(replayer.getState().insights?.clicks.length).toBeGreaterThan(0);
});
