import type { ReactNode } from 'react';
import type { HeatmapStats } from '../../src/heatmap/types';
import { UnlocatedNote } from '../../src/react/heatmap';

/** Lays out a heatmap beside its side panel and the aggregation's counts. */
export function HeatmapStage({
  stats,
  children,
  side,
}: {
  stats: HeatmapStats;
  children: ReactNode;
  side?: ReactNode;
}) {
  const { fallbacks } = stats;
  return (
    <div
      style={{
        display: 'grid',
        gridTemplateColumns: 'minmax(0, 1fr) 300px',
        gap: 16,
      }}
    >
      <div>{children}</div>
      <aside>
        {side}
        <p aria-label="Aggregation counts" style={{ color: '#4b5563' }}>
          {stats.recordings} recordings, {stats.sessions} page visits,{' '}
          {stats.clicks} clicks: {stats.measured} measured on their element,{' '}
          {stats.estimated} at the element centre,{' '}
          {fallbacks.missingNode + fallbacks.noSelector + fallbacks.noBox} in
          page coordinates.
        </p>
        <UnlocatedNote />
      </aside>
    </div>
  );
}
