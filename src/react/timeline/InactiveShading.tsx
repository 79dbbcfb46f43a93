import { memo } from 'react';
import type { InactivePeriod } from '../../insights';
import { classNames } from '../classNames';

/** Narrowest band, in CSS px, that has room for the word "skipped". */
const MIN_LABELLED_WIDTH = 56;

export interface InactiveShadingProps {
  periods: readonly InactivePeriod[];
  /** Recording length in ms. */
  duration: number;
  /** Whether playback jumps over the periods. */
  skipped: boolean;
  /** Track width in CSS px; 0 while unknown. */
  width: number;
}

/**
 * Shades the inactive periods on the track. While playback skips them
 * they are hatched, and those wide enough are labelled "skipped". Decoration:
 * the skip switch's state gives assistive technology the same fact.
 */
export const InactiveShading = memo(function InactiveShading({
  periods,
  duration,
  skipped,
  width,
}: InactiveShadingProps) {
  if (duration <= 0) return null;

  return (
    <div className="reprise-timeline__inactive-layer" aria-hidden="true">
      {periods.map(({ start, end }) => {
        const left = Math.max(0, start / duration);
        const span = Math.max(0, Math.min(end / duration, 1) - left);
        return (
          <div
            key={`${start}-${end}`}
            className={classNames(
              'reprise-timeline__inactive',
              skipped && 'reprise-timeline__inactive--skipped',
            )}
            style={{ left: `${left * 100}%`, width: `${span * 100}%` }}
          >
            {skipped && span * width >= MIN_LABELLED_WIDTH && 'skipped'}
          </div>
        );
      })}
    </div>
  );
});
