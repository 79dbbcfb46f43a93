import { describe, expect, it } from 'vitest';
import { findDeadClicks } from '../../src/insights/deadClicks';
import type { ReplayEvent } from '../../src/events/types';
import {
  click,
  element,
  fullSnapshot,
  input,
  meta,
  mouseMove,
  mutation,
  page,
  recordingOf,
  scroll,
  start,
  text,
} from './build';

const node = page([
  element(10, 'button', {}, [text(11, 'Save')]),
  element(12, 'input', { type: 'text' }),
  element(13, 'select', {}, [element(14, 'option', {}, [text(15, 'A')])]),
  element(16, 'div', { role: 'textbox' }, [text(17, 'x')]),
  element(18, 'label', {}, [element(19, 'input', { type: 'radio' })]),
  element(20, 'a', { href: '/x', target: '_blank' }, [text(21, 'New tab')]),
]);

/** Runs the rule on a button click at 1000 ms, `after`, and a tail. */
function deadClicksWith(after: ReplayEvent[], tailAt = 10_000) {
  return findDeadClicks(
    recordingOf([...start(node), click(1000, 10), ...after, mouseMove(tailAt)]),
  );
}

describe('findDeadClicks', () => {
  it('does not flag a DOM change 2500 ms after the click', () => {
    expect(deadClicksWith([mutation(3500)])).toEqual([]);
  });

  it('flags a click whose first DOM change comes 2501 ms later', () => {
    const [dead, ...rest] = deadClicksWith([mutation(3501)]);
    expect(rest).toHaveLength(0);
    expect(dead).toMatchObject({
      id: 'dead-click-2',
      time: 1000,
      click: { target: { description: 'button "Save"' } },
      reason: { window: 2500, nextResponseAfter: 2501 },
    });
    expect(dead?.reason.checked).toEqual(
      expect.arrayContaining(['dom-change', 'scroll', 'navigation', 'input']),
    );
    expect(dead?.reason.message).toBe(
      'No DOM change, scroll, navigation, input or media change within ' +
        '2500 ms of the click on button "Save". The page next changed ' +
        '2.5 s after the click.',
    );
  });

  it('counts a scroll, an input and a navigation as responses', () => {
    expect(deadClicksWith([scroll(2000)])).toEqual([]);
    expect(deadClicksWith([input(2000, 12, 'a')])).toEqual([]);
    expect(deadClicksWith([meta(2000, 'http://localhost/next')])).toEqual([]);
    expect(deadClicksWith([fullSnapshot(2000, node)])).toEqual([]);
  });

  it('does not count mouse moves or a Meta with the same URL', () => {
    expect(deadClicksWith([mouseMove(1500), meta(2000)])).toHaveLength(1);
  });

  it('ignores responses recorded before the click', () => {
    const events = [mutation(1000), click(1000, 10), mouseMove(9000)];
    const recording = recordingOf([...start(node), ...events]);
    expect(findDeadClicks(recording)).toHaveLength(1);
  });

  it('skips input targets and new-tab links', () => {
    const clicks = [12, 15, 17, 19, 18, 21].map((id, i) => click(1000 + i, id));
    const recording = recordingOf([...start(node), ...clicks, mouseMove(9000)]);
    expect(findDeadClicks(recording)).toEqual([]);
  });

  it('does not judge a click whose window passes the end', () => {
    expect(deadClicksWith([], 3499)).toEqual([]);
    expect(deadClicksWith([], 3500)).toHaveLength(1);
  });

  it('re-runs with a changed window', () => {
    const events = [...start(node), click(1000, 10), mutation(2200)];
    const recording = recordingOf([...events, mouseMove(9000)]);
    expect(findDeadClicks(recording)).toEqual([]);
    expect(findDeadClicks(recording, { window: 1199 })).toHaveLength(1);
    expect(findDeadClicks(recording, { window: 1200 })).toEqual([]);
  });
});
