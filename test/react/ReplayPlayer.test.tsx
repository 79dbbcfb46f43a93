import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ReplayPlayer } from '../../src/react/ReplayPlayer';
import { fakeEngine } from '../store/fakeReplayer';
import { rawRecording } from './rawEvents';

describe('ReplayPlayer', () => {
  it('is a one-line embed with the whole control bar', () => {
    const engine = fakeEngine();
    render(
      <ReplayPlayer
        events={rawRecording(83_000)}
        createReplayer={engine.factory}
      />,
    );

    const player = screen.getByRole('region', { name: 'Session replay' });
    expect(within(player).getByRole('button', { name: 'Play' })).toBeEnabled();
    expect(within(player).getByRole('slider', { name: 'Seek' })).toBeVisible();
    expect(
      within(player).getByRole('combobox', { name: 'Playback speed' }),
    ).toHaveValue('1');
    expect(within(player).getByText('0:00 / 1:23')).toBeVisible();
    expect(engine.factory).toHaveBeenCalledTimes(1);
  });

  it('shows the error state inside the player for an invalid recording', () => {
    render(<ReplayPlayer events={{ session: 'abc' }} label="Replay of abc" />);

    const player = screen.getByRole('region', { name: 'Replay of abc' });
    expect(within(player).getByRole('alert')).toHaveTextContent(
      'unsupported-input',
    );
  });
});
