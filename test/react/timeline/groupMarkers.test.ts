import { describe, expect, it } from 'vitest';
import type { MarkerKind, TimelineMarker } from '../../../src/insights';
import { groupMarkers } from '../../../src/react/timeline/groupMarkers';

function marker(
  id: string,
  time: number,
  kind: MarkerKind = 'click',
): TimelineMarker {
  let severity: TimelineMarker['severity'] = 'warning';
  if (kind === 'click') severity = 'info';
  if (kind === 'error') severity = 'error';
  return { id, kind, time, label: id, severity };
}

describe('groupMarkers', () => {
  it('keeps every marker apart without a width', () => {
    const markers = [marker('a', 0), marker('b', 0), marker('c', 1)];

    const clusters = groupMarkers(markers, 100, 0, 20);

    expect(clusters.map(({ key }) => key)).toEqual(['a', 'b', 'c']);
  });

  it('merges markers closer than the distance', () => {
    // 1 px per ms: 0, 5 and 10 px merge; 100 px stays apart.
    const markers = [
      marker('a', 0),
      marker('b', 5),
      marker('c', 10),
      marker('d', 100),
    ];

    const clusters = groupMarkers(markers, 1000, 1000, 20);

    expect(clusters.map(({ markers: run }) => run.map(({ id }) => id))).toEqual(
      [['a', 'b', 'c'], ['d']],
    );
    expect(clusters[0]?.position).toBeCloseTo(0.005);
    expect(clusters[1]?.position).toBeCloseTo(0.1);
  });

  it('takes the look of the most severe marker', () => {
    const markers = [
      marker('click', 0),
      marker('rage', 1, 'rage-click'),
      marker('error', 2, 'error'),
      marker('dead', 3, 'dead-click'),
    ];

    const [cluster] = groupMarkers(markers, 1000, 1000, 20);

    expect(cluster?.lead.id).toBe('error');
  });

  it('sorts markers given out of order', () => {
    const markers = [marker('late', 900), marker('early', 100)];

    const clusters = groupMarkers(markers, 1000, 1000, 20);

    expect(clusters.map(({ key }) => key)).toEqual(['early', 'late']);
  });

  it('leaves no two clusters closer than the distance', () => {
    let seed = 7;
    const random = (): number => {
      seed = (seed * 48271) % 2147483647;
      return seed / 2147483647;
    };
    const markers = Array.from({ length: 500 }, (_, index) =>
      marker(`m${index}`, Math.floor(random() * 60_000)),
    );

    for (const width of [120, 480, 1200]) {
      const clusters = groupMarkers(markers, 60_000, width, 20);
      const count = clusters.reduce((sum, c) => sum + c.markers.length, 0);
      expect(count).toBe(markers.length);
      for (let i = 1; i < clusters.length; i++) {
        const gap =
          ((clusters[i]?.position ?? 0) - (clusters[i - 1]?.position ?? 0)) *
          width;
        expect(gap).toBeGreaterThanOrEqual(20);
      }
    }
  });
});
