import { act, render } from '@testing-library/react';
import { Profiler } from 'react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { PlayerFrame } from '../../src/react/PlayerFrame';
import { PlayPauseButton } from '../../src/react/PlayPauseButton';
import { ReplayProvider } from '../../src/react/ReplayProvider';
import { SpeedControl } from '../../src/react/SpeedControl';
import { TimeDisplay } from '../../src/react/TimeDisplay';
import { Timeline } from '../../src/react/Timeline';
import { fakeEngine, recordingOf } from '../store/fakeReplayer';

describe('render counts while playing', () => {
  it('re-renders only the time display and timeline on a tick', () => {
    const renders: Record<string, number> = {};
    const counted = (id: string, child: ReactNode) => (
      <Profiler id={id} onRender={() => (renders[id] = (renders[id] ?? 0) + 1)}>
        {child}
      </Profiler>
    );
    const engine = fakeEngine();
    render(
      <ReplayProvider
        events={recordingOf(60_000)}
        createReplayer={engine.factory}
      >
        {counted('frame', <PlayerFrame />)}
        {counted('play', <PlayPauseButton />)}
        {counted('speed', <SpeedControl />)}
        {counted('time', <TimeDisplay />)}
        {counted('timeline', <Timeline />)}
      </ReplayProvider>,
    );
    act(() => engine.latest().play());
    const before = { ...renders };

    for (let tick = 1; tick <= 10; tick++) {
      act(() => engine.latest().emit({ currentTime: tick * 16 }));
    }

    expect(renders.play).toBe(before.play);
    expect(renders.speed).toBe(before.speed);
    expect(renders.frame).toBe(before.frame);
    expect(renders.time).toBe((before.time ?? 0) + 10);
    expect(renders.timeline).toBe((before.timeline ?? 0) + 10);
  });
});
