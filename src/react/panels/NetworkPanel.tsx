import { useCallback, useMemo, useState } from 'react';
import type { NetworkEntry, NetworkSummary } from '../../insights';
import { useReplayStore } from '../../store/hooks';
import { selectDuration } from '../../store/selectors';
import { classNames } from '../classNames';
import { NetworkRow } from './NetworkRow';
import { NETWORK_SORTS, sortRequests } from './networkRows';
import type { NetworkSort } from './networkRows';
import { emptyMessage, PanelEmpty, PanelShell } from './PanelShell';
import { timesOf } from './timeIndex';
import { ToggleButton } from './ToggleButton';
import { FollowToggle, useFollow } from './useFollow';
import type { Follow } from './useFollow';
import { useCurrentRow, useInsights, useSeek } from './usePlayhead';
import { VirtualRows } from './VirtualRows';

export interface NetworkPanelProps {
  /** Title and accessible name of the panel. @default 'Network' */
  title?: string;
  /** Starts with only failed requests shown. @default false */
  failedOnly?: boolean;
  /** Order at first. @default 'oldest' */
  sort?: NetworkSort;
  /** Extra class names for the panel. @default none */
  className?: string;
}

/** Height of a row, in px. */
const ROW_HEIGHT = 30;

const EMPTY: NetworkSummary = { requests: [], failedCount: 0 };

/**
 * The requests the recorded page made: method, path, status, duration
 * and time, failures (HTTP 4xx/5xx, status 0, errors) in red. Sorts by
 * time either way or by duration, and filters to failed requests.
 * Choosing a request seeks to it; the request at or just before the
 * playhead is marked and kept in view while "Follow" is on.
 */
export function NetworkPanel({
  title = 'Network',
  failedOnly: initialFailedOnly = false,
  sort: initialSort = 'oldest',
  className,
}: NetworkPanelProps) {
  const { insights, settled } = useInsights();
  const summary = insights?.network ?? EMPTY;
  const [failedOnly, setFailedOnly] = useState(initialFailedOnly);
  const [sort, setSort] = useState<NetworkSort>(initialSort);
  const follow = useFollow();
  const inTimeOrder = useMemo(
    () =>
      failedOnly
        ? summary.requests.filter((request) => request.failed)
        : summary.requests,
    [summary.requests, failedOnly],
  );

  return (
    <PanelShell
      title={title}
      className={classNames('reprise-network', className)}
      badges={
        summary.failedCount > 0 && (
          <span className="reprise-panel__badge reprise-panel__badge--error">
            {`${summary.failedCount} failed`}
          </span>
        )
      }
      tools={
        <>
          <ToggleButton
            pressed={failedOnly}
            onPressedChange={setFailedOnly}
            count={summary.failedCount}
            tone="error"
          >
            Failed only
          </ToggleButton>
          <SortSelect sort={sort} onChange={setSort} />
          <FollowToggle follow={follow} />
        </>
      }
    >
      {inTimeOrder.length === 0 ? (
        <PanelEmpty>
          {emptyMessage(
            { settled, total: summary.requests.length },
            {
              empty: 'No network requests in this recording',
              filtered: 'No failed requests in this recording',
            },
          )}
        </PanelEmpty>
      ) : (
        <NetworkRows
          label={title}
          inTimeOrder={inTimeOrder}
          sort={sort}
          follow={follow}
        />
      )}
    </PanelShell>
  );
}

function SortSelect(props: {
  sort: NetworkSort;
  onChange: (sort: NetworkSort) => void;
}) {
  return (
    <select
      className="reprise-panel__select"
      aria-label="Sort requests"
      value={props.sort}
      onChange={(event) => props.onChange(event.target.value as NetworkSort)}
    >
      {NETWORK_SORTS.map(({ value, label }) => (
        <option key={value} value={value}>
          {label}
        </option>
      ))}
    </select>
  );
}

interface NetworkRowsProps {
  label: string;
  /** The requests to show, in time order. */
  inTimeOrder: readonly NetworkEntry[];
  sort: NetworkSort;
  follow: Follow;
}

/**
 * Renders the virtualized rows. It finds the playhead in time order, then maps
 * it to that request's place in the chosen order.
 */
function NetworkRows({ label, inTimeOrder, sort, follow }: NetworkRowsProps) {
  const duration = useReplayStore(selectDuration);
  const rows = useMemo(
    () => sortRequests(inTimeOrder, sort),
    [inTimeOrder, sort],
  );
  const rowOf = useMemo(
    () => new Map(rows.map((request, index) => [request.id, index])),
    [rows],
  );
  const times = useMemo(() => timesOf(inTimeOrder), [inTimeOrder]);
  const playhead = useCurrentRow(times);
  const { markChosen } = playhead;
  const { setFollowing } = follow;
  const currentId = inTimeOrder[playhead.current]?.id;
  const current = currentId === undefined ? -1 : (rowOf.get(currentId) ?? -1);
  const seek = useSeek();

  const rowHeight = useCallback(() => ROW_HEIGHT, []);
  const getKey = useCallback(
    (index: number) => rows[index]?.id ?? String(index),
    [rows],
  );
  const choose = useCallback(
    (request: NetworkEntry) => {
      markChosen(inTimeOrder.indexOf(request));
      seek(request.time);
      setFollowing(true);
    },
    [inTimeOrder, markChosen, seek, setFollowing],
  );

  return (
    <>
      <div className="reprise-network__columns" aria-hidden="true">
        <span>Method</span>
        <span>Path</span>
        <span>Status</span>
        <span>Duration</span>
        <span>Time</span>
      </div>
      <VirtualRows
        label={label}
        count={rows.length}
        rowHeight={rowHeight}
        getKey={getKey}
        renderRow={(index) => {
          const request = rows[index];
          return (
            request && (
              <NetworkRow
                request={request}
                current={index === current}
                duration={duration}
                onChoose={choose}
              />
            )
          );
        }}
        currentIndex={current}
        follow={follow.following}
        onScrollAway={follow.stop}
      />
    </>
  );
}
