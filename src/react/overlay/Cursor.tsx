import type { ReplayStoreState } from '../../store/createReplayStore';
import { useReplayStore } from '../../store/hooks';
import { placeAt, useFrameGeometry } from './frameGeometry';

const selectX = (state: ReplayStoreState) => state.pointer?.x ?? null;
const selectY = (state: ReplayStoreState) => state.pointer?.y ?? null;

/**
 * Draws the recorded pointer as an arrow whose tip is at the pointer position.
 * It reads x and y as numbers, so it re-renders only when the pointer moves,
 * not on every tick.
 */
export function Cursor() {
  const x = useReplayStore(selectX);
  const y = useReplayStore(selectY);
  const frame = useFrameGeometry();
  if (x === null || y === null || frame.width === 0) return null;

  return (
    <svg
      className="reprise-overlay__cursor"
      viewBox="0 0 16 22"
      width="16"
      height="22"
      style={{ transform: placeAt(x, y, frame) }}
    >
      <path d="M1 1v17l4.3-4.2 3 6.7 2.8-1.2-3-6.6H14Z" />
    </svg>
  );
}
