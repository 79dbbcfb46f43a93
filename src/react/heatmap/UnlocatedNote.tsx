import { classNames } from '../classNames';
import { useHeatmapView } from './HeatmapContext';

export interface UnlocatedNoteProps {
  /** Extra class names. @default none */
  className?: string | undefined;
}

/**
 * Says how many of the enclosing `<Heatmap>`'s points are anchored to
 * elements its background frame does not have, so they are not drawn.
 * Renders nothing when every point found its element.
 */
export function UnlocatedNote(props: UnlocatedNoteProps) {
  const unlocated = useHeatmapView()?.unlocated ?? 0;
  if (unlocated <= 0) return null;
  return (
    <p
      role="note"
      className={classNames('reprise-heatmap-note', props.className)}
    >
      {unlocated} of the points shown are on elements this frame does not have.
    </p>
  );
}
