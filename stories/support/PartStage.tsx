import type { Decorator } from '@storybook/react-vite';
import type { ReactNode } from 'react';
import { PlayerFrame } from '../../src/react/PlayerFrame';
import { ReplayProvider } from '../../src/react/ReplayProvider';
import { PlayerRegion } from '../../src/react/shortcuts/PlayerRegion';
import { fetchRecording } from '../recordings';

/** Loads the short demoit recording before a part's story renders. */
export const loadDemoRecording = async () => ({
  events: await fetchRecording('demoit-react-hooks'),
});

interface PartStageProps {
  events: unknown;
  /** Show the replayed frame above the part. @default true */
  frame?: boolean;
  children: ReactNode;
}

/**
 * A provider and player frame around one part, so each part's story
 * shows it working on a real recording, alone in the control bar.
 */
export function PartStage({ events, frame = true, children }: PartStageProps) {
  return (
    <ReplayProvider events={events}>
      <PlayerRegion style={{ maxWidth: 720 }}>
        {frame && <PlayerFrame style={{ maxHeight: 320 }} />}
        <div className="reprise-player__controls">{children}</div>
      </PlayerRegion>
    </ReplayProvider>
  );
}

/** Decorator that renders the story inside a `PartStage`. */
export const inPlayer: Decorator = (Story, { loaded }) => (
  <PartStage events={loaded.events}>
    <Story />
  </PartStage>
);

/** Decorator for parts that bring their own frame or layout. */
export const inProvider: Decorator = (Story, { loaded }) => (
  <PartStage events={loaded.events} frame={false}>
    <Story />
  </PartStage>
);
