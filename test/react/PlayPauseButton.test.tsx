import { act, fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PlayPauseButton } from '../../src/react/PlayPauseButton';
import { renderPlayer } from './renderPlayer';

describe('PlayPauseButton', () => {
  it('plays and pauses, naming the action a press takes', () => {
    const { engine } = renderPlayer();
    const replayer = engine.latest();

    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    expect(replayer.play).toHaveBeenCalledTimes(1);

    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    expect(replayer.pause).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button', { name: 'Play' })).toBeEnabled();
  });

  it('follows playback that the engine starts or ends itself', () => {
    const { engine } = renderPlayer();

    act(() => engine.latest().emit({ status: 'playing' }));
    expect(screen.getByRole('button', { name: 'Pause' })).toBeVisible();

    act(() => engine.latest().emit({ status: 'ended' }));
    expect(screen.getByRole('button', { name: 'Play' })).toBeVisible();
  });

  it('is disabled when the engine has failed', () => {
    const { engine } = renderPlayer();

    act(() =>
      engine.latest().emit({ status: 'error', error: new Error('Broken.') }),
    );

    expect(screen.getByRole('button', { name: 'Play' })).toBeDisabled();
  });

  it('takes other labels', () => {
    renderPlayer({
      children: <PlayPauseButton playLabel="Lecture" pauseLabel="Arrêt" />,
    });

    expect(screen.getByRole('button', { name: 'Lecture' })).toBeVisible();
  });
});
