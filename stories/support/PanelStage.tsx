import type { ReactNode } from 'react';
import type { Recording } from '../../src/events/types';
import { ClickOverlay } from '../../src/react/overlay';
import type { ClickOverlayProps } from '../../src/react/overlay';
import { PlayerFrame } from '../../src/react/PlayerFrame';
import { PlayPauseButton } from '../../src/react/PlayPauseButton';
import { ReplayProvider } from '../../src/react/ReplayProvider';
import { SpeedControl } from '../../src/react/SpeedControl';
import { TimeDisplay } from '../../src/react/TimeDisplay';
import { Timeline } from '../../src/react/Timeline';

export interface PanelStageProps {
  /** The recording, loaded by `recordingLoader`. */
  recording: Recording;
  /** Overlay options; `false` leaves the overlay out. @default {} */
  overlay?: ClickOverlayProps | false;
  /** Panels shown beside the player. @default none */
  children?: ReactNode;
}

/**
 * Renders a player composed from its parts, with the click overlay laid over
 * the stage and panels below it, the way an embedder builds a custom layout.
 */
export function PanelStage({
  recording,
  overlay = {},
  children,
}: PanelStageProps) {
  return (
    <ReplayProvider events={recording}>
      <div style={{ display: 'grid', gap: 12, maxWidth: 1100 }}>
        <div
          role="region"
          aria-label="Session replay"
          className="reprise-player"
        >
          <div style={{ position: 'relative' }}>
            <PlayerFrame style={{ maxHeight: 420 }} />
            {overlay && <ClickOverlay {...overlay} />}
          </div>
          <div className="reprise-player__controls">
            <PlayPauseButton />
            <TimeDisplay />
            <Timeline />
            <SpeedControl />
          </div>
        </div>
        {children}
      </div>
    </ReplayProvider>
  );
}
