import { render, screen } from '@testing-library/react';
import { ReplayPlayer } from '../../../src/react/ReplayPlayer';
import type { ReplayPlayerProps } from '../../../src/react/ReplayPlayer';
import { fakeEngine } from '../../store/fakeReplayer';
import { rawRecording } from '../rawEvents';

type Props = Partial<Omit<ReplayPlayerProps, 'createReplayer'>>;

/**
 * Renders two full players of a 225 s recording side by side, each over
 * its own fake engine, and returns both regions and engines.
 */
export function renderPlayers(props: Props = {}) {
  const engines = [fakeEngine(), fakeEngine()] as const;
  const events = rawRecording(225_000);
  const result = render(
    <>
      {engines.map((engine, index) => (
        <ReplayPlayer
          key={index}
          events={events}
          label={`Replay ${index + 1}`}
          {...props}
          createReplayer={engine.factory}
        />
      ))}
      <input aria-label="Search outside" />
    </>,
  );

  return {
    ...result,
    first: {
      region: screen.getByRole('region', { name: 'Replay 1' }),
      engine: engines[0].latest(),
    },
    second: {
      region: screen.getByRole('region', { name: 'Replay 2' }),
      engine: engines[1].latest(),
    },
  };
}
