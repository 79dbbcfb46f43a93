import { useCallback, useId, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import type { ConsoleEntry, ConsoleSummary } from '../../insights';
import { useReplayStore } from '../../store/hooks';
import { selectDuration } from '../../store/selectors';
import { classNames } from '../classNames';
import { ConsoleRow } from './ConsoleRow';
import { presentLevels } from './consoleFilter';
import { emptyMessage, PanelEmpty, PanelShell } from './PanelShell';
import { timesOf } from './timeIndex';
import { ToggleButton } from './ToggleButton';
import { useConsoleFilter } from './useConsoleFilter';
import type { ConsoleFilterState } from './useConsoleFilter';
import { FollowToggle, useFollow } from './useFollow';
import type { Follow } from './useFollow';
import { useCurrentRow, useInsights, useSeek } from './usePlayhead';
import { VirtualRows } from './VirtualRows';

export interface ConsolePanelProps {
  /** Title and accessible name of the panel. @default 'Console' */
  title?: string;
  /** Starts with only errors shown. @default false */
  errorsOnly?: boolean;
  /** Extra class names for the panel. @default none */
  className?: string;
}

/** Estimated height of a one-line entry, in px; rows are measured. */
const ROW_HEIGHT = 30;

const EMPTY: ConsoleSummary = { entries: [], counts: {}, errorCount: 0 };

/**
 * Renders the recorded page's console: level toggles, an "Errors only" switch
 * and a case-insensitive search over messages. Errors are red and counted in
 * the header. Choosing an entry seeks to it. The entry at or just before the
 * playhead is marked and kept in view while "Follow" is on. A stack trace opens
 * under its entry.
 */
export function ConsolePanel({
  title = 'Console',
  errorsOnly = false,
  className,
}: ConsolePanelProps) {
  const { insights, settled } = useInsights();
  const summary = insights?.console ?? EMPTY;
  const filter = useConsoleFilter(summary.entries, errorsOnly);
  const follow = useFollow();
  const { errorCount } = summary;

  return (
    <PanelShell
      title={title}
      className={classNames('reprise-console', className)}
      badges={
        errorCount > 0 && (
          <span className="reprise-panel__badge reprise-panel__badge--error">
            {errorCount === 1 ? '1 error' : `${errorCount} errors`}
          </span>
        )
      }
      tools={
        <ConsoleTools title={title} summary={summary} filter={filter}>
          <FollowToggle follow={follow} />
        </ConsoleTools>
      }
    >
      {filter.shown.length === 0 ? (
        <PanelEmpty>
          {emptyMessage(
            { settled, total: summary.entries.length },
            {
              empty: 'No console messages in this recording',
              filtered: 'No console messages match the filters',
            },
          )}
        </PanelEmpty>
      ) : (
        <ConsoleRows label={title} entries={filter.shown} follow={follow} />
      )}
    </PanelShell>
  );
}

interface ConsoleToolsProps {
  title: string;
  summary: ConsoleSummary;
  filter: ConsoleFilterState;
  children: ReactNode;
}

/** Level toggles with counts, "Errors only", and the search field. */
function ConsoleTools({ title, summary, filter, children }: ConsoleToolsProps) {
  return (
    <>
      <div role="group" aria-label="Levels" className="reprise-panel__group">
        {presentLevels(summary.counts).map((level) => (
          <ToggleButton
            key={level}
            pressed={!filter.hiddenLevels.has(level)}
            onPressedChange={(shown) => filter.toggleLevel(level, shown)}
            count={summary.counts[level] ?? 0}
            tone={level === 'error' || level === 'assert' ? 'error' : 'neutral'}
          >
            {level}
          </ToggleButton>
        ))}
      </div>
      <ToggleButton
        pressed={filter.errorsOnly}
        onPressedChange={filter.setErrorsOnly}
        count={summary.errorCount}
        tone="error"
      >
        Errors only
      </ToggleButton>
      <input
        type="search"
        className="reprise-panel__search"
        aria-label={`Search ${title.toLowerCase()}`}
        placeholder="Search"
        value={filter.search}
        onChange={(event) => filter.setSearch(event.target.value)}
      />
      {children}
    </>
  );
}

interface ConsoleRowsProps {
  label: string;
  entries: readonly ConsoleEntry[];
  follow: Follow;
}

/**
 * Renders the virtualized entries with their trace toggles and marks the entry
 * at the playhead.
 */
function ConsoleRows({ label, entries, follow }: ConsoleRowsProps) {
  const duration = useReplayStore(selectDuration);
  const times = useMemo(() => timesOf(entries), [entries]);
  const { current, markChosen } = useCurrentRow(times);
  const seek = useSeek();
  const idPrefix = useId();
  const [expanded, setExpanded] = useState(() => new Set<string>());

  const rowHeight = useCallback(() => ROW_HEIGHT, []);
  const getKey = useCallback(
    (index: number) => entries[index]?.id ?? String(index),
    [entries],
  );
  const { setFollowing } = follow;
  const choose = useCallback(
    (entry: ConsoleEntry, index: number) => {
      markChosen(index);
      seek(entry.time);
      setFollowing(true);
    },
    [markChosen, seek, setFollowing],
  );
  const toggle = useCallback(({ id }: ConsoleEntry) => {
    setExpanded((previous) => {
      const next = new Set(previous);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }, []);

  const renderRow = (index: number) => {
    const entry = entries[index];
    return (
      entry && (
        <ConsoleRow
          entry={entry}
          index={index}
          current={index === current}
          expanded={expanded.has(entry.id)}
          traceId={`${idPrefix}-${entry.id}`}
          duration={duration}
          onChoose={choose}
          onToggle={toggle}
        />
      )
    );
  };

  return (
    <VirtualRows
      label={label}
      count={entries.length}
      rowHeight={rowHeight}
      measure
      getKey={getKey}
      renderRow={renderRow}
      currentIndex={current}
      follow={follow.following}
      onScrollAway={follow.stop}
    />
  );
}
