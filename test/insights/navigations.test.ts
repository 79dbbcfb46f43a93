import { describe, expect, it } from 'vitest';
import { findNavigations } from '../../src/insights/navigations';
import { fullSnapshot, meta, mouseMove, recordingOf } from './build';

const A = 'http://localhost/a';
const B = 'http://localhost/b';
const C = 'http://localhost/c';

describe('findNavigations', () => {
  it('tells the four navigation kinds apart', () => {
    const recording = recordingOf([
      meta(0, A),
      fullSnapshot(0),
      mouseMove(500),
      meta(1000, B),
      fullSnapshot(1000),
      meta(2000, B),
      fullSnapshot(2000),
      meta(3000, C),
      mouseMove(3100),
      fullSnapshot(4000),
    ]);
    expect(
      findNavigations(recording).map((n) => [
        n.id,
        n.time,
        n.kind,
        n.from,
        n.to,
      ]),
    ).toEqual([
      ['navigation-0', 0, 'initial', undefined, A],
      ['navigation-3', 1000, 'page-load', A, B],
      ['navigation-5', 2000, 'reload', B, B],
      ['navigation-7', 3000, 'url-change', B, C],
      ['navigation-9', 4000, 'reload', C, C],
    ]);
  });

  it('does not report a Meta event that repeats the URL', () => {
    const recording = recordingOf([meta(0, A), fullSnapshot(0), meta(500, A)]);
    expect(findNavigations(recording).map((n) => n.kind)).toEqual(['initial']);
  });
});
