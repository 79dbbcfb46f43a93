import type { CSSProperties } from 'react';
import { classNames } from './classNames';
import { PlayerFrame } from './PlayerFrame';
import { PlayPauseButton } from './PlayPauseButton';
import { ReplayProvider } from './ReplayProvider';
import type { ReplayProviderProps } from './ReplayProvider';
import { SpeedControl } from './SpeedControl';
import { TimeDisplay } from './TimeDisplay';
import { Timeline } from './Timeline';
import './player.css';

export interface ReplayPlayerProps extends Omit<
  ReplayProviderProps,
  'children'
> {
  /** Accessible name of the player region. @default 'Session replay' */
  label?: string;
  /** Extra class names for the outer element. @default none */
  className?: string;
  /** Styles for the outer element, such as a width. @default none */
  style?: CSSProperties;
}

/**
 * Renders the whole player in one line, `<ReplayPlayer events={events} />`:
 * the replay and a control bar (play, time, timeline, speed). Compose
 * `<ReplayProvider>` and the parts directly for another layout.
 */
export function ReplayPlayer({
  label = 'Session replay',
  className,
  style,
  ...providerProps
}: ReplayPlayerProps) {
  return (
    <ReplayProvider {...providerProps}>
      <div
        role="region"
        aria-label={label}
        className={classNames('reprise-player', className)}
        style={style}
      >
        <PlayerFrame />
        <div className="reprise-player__controls">
          <PlayPauseButton />
          <TimeDisplay />
          <Timeline />
          <SpeedControl />
        </div>
      </div>
    </ReplayProvider>
  );
}
