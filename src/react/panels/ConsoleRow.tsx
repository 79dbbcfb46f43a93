import { memo } from 'react';
import type { ConsoleEntry } from '../../insights';
import { classNames } from '../classNames';
import { formatPanelTime } from './formatPanelTime';

export interface ConsoleRowProps {
  entry: ConsoleEntry;
  /** Position of the entry in the list. */
  index: number;
  /** Whether this is the entry at or just before the playhead. */
  current: boolean;
  /** Whether the message and stack trace are shown in full. */
  expanded: boolean;
  /** Id for the trace list, so its toggle can point at it. */
  traceId: string;
  /** Recording length in ms, for the time format. */
  duration: number;
  onChoose: (entry: ConsoleEntry, index: number) => void;
  onToggle: (entry: ConsoleEntry) => void;
}

/**
 * Renders one console entry: a button that seeks to it (level, time, message)
 * and, when a stack trace was recorded, a disclosure button for the trace.
 * Memoized, so scrolling re-renders only the rows that come into view.
 */
export const ConsoleRow = memo(function ConsoleRow({
  entry,
  index,
  current,
  expanded,
  traceId,
  duration,
  onChoose,
  onToggle,
}: ConsoleRowProps) {
  const hasTrace = entry.trace.length > 0;

  return (
    <div
      className={classNames(
        'reprise-console__entry',
        `reprise-console__entry--${entry.isError ? 'error' : entry.level}`,
        expanded && 'reprise-console__entry--expanded',
      )}
    >
      <button
        type="button"
        className="reprise-panel__item"
        aria-current={current ? 'true' : undefined}
        title={entry.message}
        onClick={() => onChoose(entry, index)}
      >
        <span className="reprise-console__level">{entry.level}</span>{' '}
        <span className="reprise-panel__time">
          {formatPanelTime(entry.time, duration)}
        </span>{' '}
        <span className="reprise-panel__line reprise-console__message">
          {entry.message || `console.${entry.level}()`}
        </span>
      </button>
      {hasTrace && (
        <button
          type="button"
          className="reprise-console__toggle"
          aria-label="Stack trace"
          aria-expanded={expanded}
          aria-controls={expanded ? traceId : undefined}
          onClick={() => onToggle(entry)}
        >
          <span aria-hidden="true">{expanded ? '▾' : '▸'}</span>
        </button>
      )}
      {hasTrace && expanded && (
        <ol id={traceId} className="reprise-console__trace">
          {entry.trace.map((frame, index) => (
            <li key={index}>{frame}</li>
          ))}
        </ol>
      )}
    </div>
  );
});
