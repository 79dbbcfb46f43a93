import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { Recording } from '../../../src/events/types';
import { PlayerFrame } from '../../../src/react/PlayerFrame';
import { ReplayProvider } from '../../../src/react/ReplayProvider';
import { fakeEngine } from '../../store/fakeReplayer';

/**
 * Renders `children` in a provider over a fake engine for `recording`,
 * whose insights are the real `analyzeRecording` output. Returns the
 * engine, so a test drives the ticks and checks the seeks.
 */
export function renderInPlayer(recording: Recording, children: ReactNode) {
  const engine = fakeEngine();
  const result = render(
    <ReplayProvider events={recording} createReplayer={engine.factory}>
      <PlayerFrame />
      {children}
    </ReplayProvider>,
  );
  return { ...result, engine, replayer: engine.latest() };
}
