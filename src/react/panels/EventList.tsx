import { useCallback, useId, useMemo, useState } from 'react';
import type { MarkerKind } from '../../insights';
import { useReplayStore } from '../../store/hooks';
import { selectDuration } from '../../store/selectors';
import { classNames } from '../classNames';
import { buildEventRows } from './eventRows';
import type { EventRow } from './eventRows';
import { EventRowButton } from './EventRowButton';
import { emptyMessage, PanelEmpty, PanelShell } from './PanelShell';
import { timesOf } from './timeIndex';
import { KindFilters } from './KindFilters';
import { FollowToggle, useFollow } from './useFollow';
import { useCurrentRow, useInsights, useSeek } from './usePlayhead';
import { VirtualRows } from './VirtualRows';

export interface EventListProps {
  /** Title and accessible name of the panel. @default 'Events' */
  title?: string;
  /** Kinds hidden at first, such as `['click']`. @default none */
  hiddenKinds?: readonly MarkerKind[];
  /** Extra class names for the panel. @default none */
  className?: string;
}

/** Heights of a row with one line and with a reason below it, in px. */
const ROW_HEIGHT = 32;
const REASON_ROW_HEIGHT = 50;

/**
 * Lists every insight of the recording in time order: clicks, flagged
 * clicks with their reasons, errors, failed requests, navigations and
 * custom events. Choosing a row seeks to it; the row at the playhead is
 * marked `aria-current` and kept in view while "Follow" is on.
 */
export function EventList({
  title = 'Events',
  hiddenKinds = [],
  className,
}: EventListProps) {
  const { insights, settled } = useInsights();
  const [hidden, setHidden] = useState(() => new Set(hiddenKinds));
  const all = useMemo(
    () => (insights ? buildEventRows(insights) : []),
    [insights],
  );
  const rows = useMemo(
    () => all.filter((row) => !hidden.has(row.kind)),
    [all, hidden],
  );
  const times = useMemo(() => timesOf(rows), [rows]);
  const { current, markChosen } = useCurrentRow(times);
  const follow = useFollow();
  const seek = useSeek();

  const toggleKind = (kind: MarkerKind, visible: boolean): void => {
    const next = new Set(hidden);
    if (visible) next.delete(kind);
    else next.add(kind);
    setHidden(next);
  };
  const { setFollowing } = follow;
  const choose = useCallback(
    (row: EventRow, index: number) => {
      markChosen(index);
      seek(row.time);
      setFollowing(true);
    },
    [markChosen, seek, setFollowing],
  );

  return (
    <PanelShell
      title={title}
      className={classNames('reprise-events', className)}
      tools={
        <>
          <KindFilters rows={all} hidden={hidden} onToggle={toggleKind} />
          <FollowToggle follow={follow} />
        </>
      }
    >
      {rows.length === 0 ? (
        <PanelEmpty>
          {emptyMessage(
            { settled, total: all.length },
            {
              empty: 'No events in this recording',
              filtered: 'No events of the chosen kinds',
            },
          )}
        </PanelEmpty>
      ) : (
        <EventRows
          label={title}
          rows={rows}
          current={current}
          following={follow.following}
          onScrollAway={follow.stop}
          onChoose={choose}
        />
      )}
    </PanelShell>
  );
}

interface EventRowsProps {
  label: string;
  rows: readonly EventRow[];
  current: number;
  following: boolean;
  onScrollAway: () => void;
  onChoose: (row: EventRow, index: number) => void;
}

function EventRows(props: EventRowsProps) {
  const { rows, current, onChoose } = props;
  const idPrefix = useId();
  const duration = useReplayStore(selectDuration);
  const rowHeight = useCallback(
    (index: number) => (rows[index]?.reason ? REASON_ROW_HEIGHT : ROW_HEIGHT),
    [rows],
  );
  const getKey = useCallback(
    (index: number) => rows[index]?.id ?? String(index),
    [rows],
  );

  const renderRow = (index: number) => {
    const row = rows[index];
    return (
      row && (
        <EventRowButton
          row={row}
          index={index}
          current={index === current}
          duration={duration}
          reasonId={`${idPrefix}-${row.id}`}
          onChoose={onChoose}
        />
      )
    );
  };

  return (
    <VirtualRows
      label={props.label}
      count={rows.length}
      rowHeight={rowHeight}
      getKey={getKey}
      renderRow={renderRow}
      currentIndex={current}
      follow={props.following}
      onScrollAway={props.onScrollAway}
    />
  );
}
