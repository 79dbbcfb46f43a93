import { act, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ErrorState } from '../../src/react/ErrorState';
import { PlayerFrame } from '../../src/react/PlayerFrame';
import { ReplayProvider } from '../../src/react/ReplayProvider';
import { fakeEngine } from '../store/fakeReplayer';
import { rawRecording } from './rawEvents';
import { renderPlayer } from './renderPlayer';

describe('ErrorState', () => {
  it('shows why a recording that is not JSON cannot be played', () => {
    const { engine } = renderPlayer({ events: '[{"type": 4,' });

    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('This recording cannot be played');
    expect(alert).toHaveTextContent(/not valid JSON/);
    expect(within(alert).getByText('invalid-json')).toBeVisible();
    expect(engine.factory).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Play' })).toBeDisabled();
    expect(screen.getByRole('slider')).toHaveAttribute('aria-disabled', 'true');
  });

  it('names the missing full snapshot', () => {
    const [meta] = rawRecording(1_000);
    renderPlayer({ events: [meta] });

    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(/no FullSnapshot/);
    expect(within(alert).getByText('no-full-snapshot')).toBeVisible();
  });

  it('shows a failure the engine reports while playing', () => {
    const { engine } = renderPlayer();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    act(() =>
      engine.latest().emit({
        status: 'error',
        error: new Error('A node the mutation needs is missing.'),
      }),
    );

    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('A node the mutation needs is missing.');
    expect(alert).not.toHaveTextContent('Error code');
  });

  it('clears once the events are replaced by a valid recording', () => {
    const engine = fakeEngine();
    const player = (events: unknown) => (
      <ReplayProvider events={events} createReplayer={engine.factory}>
        <PlayerFrame />
      </ReplayProvider>
    );
    const { rerender } = render(player('not a recording'));
    expect(screen.getByRole('alert')).toBeVisible();

    rerender(player(rawRecording(5_000)));

    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(engine.factory).toHaveBeenCalledTimes(1);
  });

  it('shows an error it is given, with its own title', () => {
    renderPlayer({
      children: (
        <ErrorState title="Replay unavailable" error={new Error('Expired.')} />
      ),
    });

    expect(screen.getByRole('alert')).toHaveTextContent(
      'Replay unavailableExpired.',
    );
  });
});
