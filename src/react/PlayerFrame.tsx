import type { CSSProperties, ReactNode } from 'react';
import { classNames } from './classNames';
import { ErrorState } from './ErrorState';
import { usePlayerRoot } from './PlayerRootContext';
import './player.css';

export interface PlayerFrameProps {
  /**
   * Width / height of the frame.
   * @default the recorded viewport's at the start, or 16 / 9
   */
  aspectRatio?: number;
  /** Extra class names for the outer element. @default none */
  className?: string;
  /** Styles for the outer element, such as a `maxHeight`. @default none */
  style?: CSSProperties;
  /** Layers drawn over the replay, such as `<ClickOverlay>`. @default none */
  children?: ReactNode;
}

/**
 * Renders the area the replay is shown in, at the recording's aspect
 * ratio. The engine scales the replayed page to fit inside, so a page
 * that resizes later is letterboxed and the controls stay put.
 * The engine owns the inner root element, so React renders nothing in it.
 */
export function PlayerFrame({
  aspectRatio,
  className,
  style,
  children,
}: PlayerFrameProps) {
  const { attachRoot, aspectRatio: recordedRatio } = usePlayerRoot();

  return (
    <div
      className={classNames('reprise-player__stage', className)}
      style={{ aspectRatio: aspectRatio ?? recordedRatio, ...style }}
    >
      <div ref={attachRoot} className="reprise-player__root" />
      {children}
      <ErrorState className="reprise-player__stage-error" />
    </div>
  );
}
