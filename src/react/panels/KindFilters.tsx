import { useMemo } from 'react';
import type { MarkerKind } from '../../insights';
import { countKinds, EVENT_KINDS, KIND_FILTER_LABELS } from './eventRows';
import type { EventRow } from './eventRows';
import { ToggleButton } from './ToggleButton';

export interface KindFiltersProps {
  rows: readonly EventRow[];
  hidden: ReadonlySet<MarkerKind>;
  onToggle: (kind: MarkerKind, shown: boolean) => void;
}

/** Renders one toggle per kind present in the recording, with its count. */
export function KindFilters({ rows, hidden, onToggle }: KindFiltersProps) {
  const counts = useMemo(() => countKinds(rows), [rows]);
  const present = EVENT_KINDS.filter((kind) => counts[kind]);
  if (present.length === 0) return null;

  return (
    <div role="group" aria-label="Kinds" className="reprise-panel__group">
      {present.map((kind) => (
        <ToggleButton
          key={kind}
          pressed={!hidden.has(kind)}
          onPressedChange={(shown) => onToggle(kind, shown)}
          count={counts[kind] ?? 0}
          tone={kind.includes('error') ? 'error' : 'neutral'}
        >
          {KIND_FILTER_LABELS[kind]}
        </ToggleButton>
      ))}
    </div>
  );
}
