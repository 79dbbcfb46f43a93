import { memo } from 'react';
import type { NetworkEntry } from '../../insights';
import { classNames } from '../classNames';
import { formatPanelTime } from './formatPanelTime';
import { displayPath, durationText, statusText } from './networkRows';

export interface NetworkRowProps {
  request: NetworkEntry;
  /** Whether this is the request at or just before the playhead. */
  current: boolean;
  /** Recording length in ms, for the time format. */
  duration: number;
  onChoose: (request: NetworkEntry) => void;
}

/**
 * Renders one request as a button that seeks to it: method, path, status,
 * duration and time. A failed request is marked and its reason is part of the
 * accessible name. The full URL is in the tooltip. Memoized, so scrolling
 * re-renders only the rows that come into view.
 */
export const NetworkRow = memo(function NetworkRow({
  request,
  current,
  duration,
  onChoose,
}: NetworkRowProps) {
  const failure = request.failed
    ? `(failed: ${request.failure ?? 'error'})`
    : '';

  const path = displayPath(request.url);
  const status = statusText(request);
  const took = durationText(request);
  const time = formatPanelTime(request.time, duration);

  return (
    <button
      type="button"
      className={classNames(
        'reprise-panel__item',
        'reprise-network__item',
        request.failed && 'reprise-network__item--failed',
      )}
      aria-current={current ? 'true' : undefined}
      title={`${request.method} ${request.url} ${failure}`.trim()}
      onClick={() => onChoose(request)}
    >
      <span className="reprise-network__method">{request.method}</span>{' '}
      <span className="reprise-panel__line">{path}</span>{' '}
      <span className="reprise-network__status">{status}</span>{' '}
      <span className="reprise-network__duration">{took}</span>{' '}
      <span className="reprise-panel__time">{time}</span>
      {failure && ' '}
      {failure && <span className="reprise-visually-hidden">{failure}</span>}
    </button>
  );
});
