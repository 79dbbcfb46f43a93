import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PlayerFrame } from '../../src/react/PlayerFrame';
import { PlayPauseButton } from '../../src/react/PlayPauseButton';
import { ReplayProvider } from '../../src/react/ReplayProvider';
import { TimeDisplay } from '../../src/react/TimeDisplay';
import { fakeEngine, recordingOf } from '../store/fakeReplayer';
import { rawRecording } from './rawEvents';
import { renderPlayer } from './renderPlayer';

describe('ReplayProvider', () => {
  it('creates the engine in the frame root once the frame mounts', () => {
    const { engine, container } = renderPlayer({ speed: 4 });

    expect(engine.factory).toHaveBeenCalledTimes(1);
    const [, options] = engine.factory.mock.calls[0] ?? [];
    const root = container.querySelector('.reprise-player__root');
    expect(options?.root).toBe(root);
    expect(options?.speed).toBe(4);
    expect(root).toBeEmptyDOMElement();
  });

  it('creates no engine without a frame, yet shows the length', () => {
    const engine = fakeEngine();
    render(
      <ReplayProvider
        events={recordingOf(90_000)}
        createReplayer={engine.factory}
      >
        <PlayPauseButton />
        <TimeDisplay />
      </ReplayProvider>,
    );

    expect(engine.factory).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Play' })).toBeDisabled();
    expect(screen.getByText('0:00 / 1:30')).toBeVisible();
  });

  it('parses raw events and sizes the frame like the recorded viewport', () => {
    const { engine, container } = renderPlayer({
      events: rawRecording(90_000, 1280, 720),
    });

    const [recording] = engine.factory.mock.calls[0] ?? [];
    expect(recording?.duration).toBe(90_000);
    const stage = container.querySelector('.reprise-player__stage');
    expect(stage).toHaveStyle({ aspectRatio: String(1280 / 720) });
  });

  it('destroys the engine on unmount', () => {
    const { engine, unmount } = renderPlayer();

    unmount();

    expect(engine.latest().destroy).toHaveBeenCalledTimes(1);
  });

  it('replaces the engine when the events change', () => {
    const engine = fakeEngine();
    const player = (events: unknown) => (
      <ReplayProvider events={events} createReplayer={engine.factory}>
        <PlayerFrame />
        <TimeDisplay />
      </ReplayProvider>
    );
    const { rerender } = render(player(recordingOf(60_000)));
    const first = engine.latest();
    act(() => first.emit({ currentTime: 30_000 }));

    rerender(player(recordingOf(120_000)));

    expect(first.destroy).toHaveBeenCalledTimes(1);
    expect(engine.instances).toHaveLength(2);
    expect(screen.getByText('0:00 / 2:00')).toBeVisible();
  });

  it('keeps the engine when it re-renders with the same events', () => {
    const engine = fakeEngine();
    const events = recordingOf(60_000);
    const player = (speed: number) => (
      <ReplayProvider
        events={events}
        speed={speed}
        createReplayer={engine.factory}
      >
        <PlayerFrame />
      </ReplayProvider>
    );
    const { rerender } = render(player(1));

    rerender(player(8));

    expect(engine.instances).toHaveLength(1);
    expect(engine.latest().setSpeed).toHaveBeenCalledWith(8);
  });

  it('starts playing when asked to', () => {
    const { engine } = renderPlayer({ autoPlay: true });

    expect(engine.latest().play).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button', { name: 'Pause' })).toBeVisible();
  });

  it('shows an engine that fails to start as the error state', () => {
    const failing = () => {
      throw new Error('The replay frame could not be created.');
    };
    render(
      <ReplayProvider events={recordingOf(1_000)} createReplayer={failing}>
        <PlayerFrame />
      </ReplayProvider>,
    );

    expect(screen.getByRole('alert')).toHaveTextContent(
      'The replay frame could not be created.',
    );
  });

  it('keeps two players on one page apart', () => {
    const one = fakeEngine();
    const two = fakeEngine();
    render(
      <>
        <ReplayProvider
          events={recordingOf(1_000)}
          createReplayer={one.factory}
        >
          <PlayerFrame />
          <PlayPauseButton />
        </ReplayProvider>
        <ReplayProvider
          events={recordingOf(1_000)}
          createReplayer={two.factory}
        >
          <PlayerFrame />
          <PlayPauseButton />
        </ReplayProvider>
      </>,
    );

    const [first] = screen.getAllByRole('button', { name: 'Play' });
    act(() => first?.click());

    expect(one.latest().play).toHaveBeenCalledTimes(1);
    expect(two.latest().play).not.toHaveBeenCalled();
    expect(screen.getAllByRole('button', { name: 'Play' })).toHaveLength(1);
  });
});
