import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { PlayerFrame } from '../../src/react/PlayerFrame';
import { PlayPauseButton } from '../../src/react/PlayPauseButton';
import { ReplayProvider } from '../../src/react/ReplayProvider';
import type { ReplayProviderProps } from '../../src/react/ReplayProvider';
import { SpeedControl } from '../../src/react/SpeedControl';
import { TimeDisplay } from '../../src/react/TimeDisplay';
import { Timeline } from '../../src/react/Timeline';
import { fakeEngine, recordingOf } from '../store/fakeReplayer';

interface PlayerSetup extends Partial<Omit<ReplayProviderProps, 'children'>> {
  /** Length of the generated recording, in ms. */
  durationMs?: number;
  /** Parts to render besides the frame; all controls when omitted. */
  children?: ReactNode;
}

/**
 * Renders a provider with a frame and controls over a fake engine, and
 * returns the engine so a test can drive its ticks.
 */
export function renderPlayer(setup: PlayerSetup = {}) {
  const { durationMs = 225_000, children, ...props } = setup;
  const engine = fakeEngine();
  const events = props.events ?? recordingOf(durationMs);
  const parts = children ?? (
    <>
      <PlayPauseButton />
      <TimeDisplay />
      <Timeline />
      <SpeedControl />
    </>
  );

  const result = render(
    <ReplayProvider {...props} events={events} createReplayer={engine.factory}>
      <PlayerFrame />
      {parts}
    </ReplayProvider>,
  );
  return { ...result, engine };
}
