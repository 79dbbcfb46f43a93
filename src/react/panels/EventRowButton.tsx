import { memo } from 'react';
import { classNames } from '../classNames';
import type { EventRow } from './eventRows';
import { formatPanelTime } from './formatPanelTime';
import { KIND_NAMES, KindIcon } from './KindIcon';

export interface EventRowButtonProps {
  row: EventRow;
  /** Position of the row in the list. */
  index: number;
  /** Whether this is the row at the playhead. */
  current: boolean;
  /** Recording length in ms, for the time format. */
  duration: number;
  /** Id for the reason text, which describes the button. */
  reasonId: string;
  onChoose: (row: EventRow, index: number) => void;
}

/**
 * Renders one event as a button that seeks to it. Its name is its text:
 * the kind (visually hidden), time and label. The reason of a flagged click is its description, which keeps the
 * name short. Memoized, so scrolling re-renders only the rows that come into
 * view.
 */
export const EventRowButton = memo(function EventRowButton({
  row,
  index,
  current,
  duration,
  reasonId,
  onChoose,
}: EventRowButtonProps) {
  const time = formatPanelTime(row.time, duration);

  return (
    <button
      type="button"
      className={classNames(
        'reprise-panel__item',
        `reprise-events__item--${row.severity}`,
      )}
      aria-current={current ? 'true' : undefined}
      aria-describedby={row.reason && reasonId}
      title={row.reason ?? row.label}
      onClick={() => onChoose(row, index)}
    >
      {/* The name is the text below: kind, time and label. The reason is
          hidden from it and read as the description instead. */}
      <KindIcon kind={row.kind} />
      <span className="reprise-visually-hidden">
        {KIND_NAMES[row.kind]}
      </span>{' '}
      <span className="reprise-panel__time">{time}</span>{' '}
      <span className="reprise-events__text">
        <span className="reprise-panel__line">{row.label}</span>
        {row.reason && (
          <span
            id={reasonId}
            className="reprise-events__reason"
            aria-hidden="true"
          >
            {row.reason}
          </span>
        )}
      </span>
    </button>
  );
});
