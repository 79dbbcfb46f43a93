import type { ReplayStoreState } from '../../store/createReplayStore';
import { useReplayStore } from '../../store/hooks';

/** Size and scale of the recorded page as the engine lays it over the stage. */
export interface FrameGeometry {
  /** Recorded viewport size, in CSS px of the recorded page. */
  width: number;
  height: number;
  /** Factor the engine scales the page by to fit its root element. */
  scale: number;
}

const selectWidth = (state: ReplayStoreState) => state.viewport.width;
const selectHeight = (state: ReplayStoreState) => state.viewport.height;
const selectScale = (state: ReplayStoreState) => state.scale;

/**
 * Reads the frame's size and scale as primitives, so a component using
 * it re-renders when the frame is resized, not on every tick.
 */
export function useFrameGeometry(): FrameGeometry {
  return {
    width: useReplayStore(selectWidth),
    height: useReplayStore(selectHeight),
    scale: useReplayStore(selectScale),
  };
}

/**
 * Converts a point of the recorded page to px from the stage's centre.
 * The engine centres the page in its root and scales it about that
 * centre, so the point lands at `centre + (x - width / 2) * scale`.
 */
export function toStage(
  x: number,
  y: number,
  frame: FrameGeometry,
): { left: number; top: number } {
  return {
    left: (x - frame.width / 2) * frame.scale,
    top: (y - frame.height / 2) * frame.scale,
  };
}

/** CSS transform that moves a mark to a point of the recorded page. */
export function placeAt(x: number, y: number, frame: FrameGeometry): string {
  const { left, top } = toStage(x, y, frame);
  return `translate(${round(left)}px, ${round(top)}px)`;
}

function round(px: number): number {
  return Math.round(px * 10) / 10;
}
