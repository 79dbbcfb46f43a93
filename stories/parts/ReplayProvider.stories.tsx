import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { PlayerFrame } from '../../src/react/PlayerFrame';
import { PlayPauseButton } from '../../src/react/PlayPauseButton';
import { ReplayProvider } from '../../src/react/ReplayProvider';
import { PlayerRegion } from '../../src/react/shortcuts/PlayerRegion';
import { TimeDisplay } from '../../src/react/TimeDisplay';
import { Timeline } from '../../src/react/Timeline';
import { loadDemoRecording } from '../support/PartStage';
import { waitForPlayer } from '../support/waitForPlayer';

const meta = {
  title: 'Parts/ReplayProvider',
  component: ReplayProvider,
  loaders: [loadDemoRecording],
  args: { events: [], speed: 2 },
  render: (args, { loaded }) => (
    <ReplayProvider {...args} events={loaded.events}>
      <PlayerRegion style={{ maxWidth: 720 }}>
        <PlayerFrame style={{ maxHeight: 320 }} />
        <div className="reprise-player__controls">
          <PlayPauseButton />
          <TimeDisplay />
          <Timeline />
        </div>
      </PlayerRegion>
    </ReplayProvider>
  ),
} satisfies Meta<typeof ReplayProvider>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * One engine and one store for the parts inside it: a custom layout of
 * frame, play button, time and timeline at double speed.
 */
export const CustomLayout: Story = {
  play: async ({ canvasElement }) => {
    const canvas = await waitForPlayer(canvasElement);
    await expect(canvas.getByRole('slider', { name: 'Seek' })).toBeVisible();
  },
};
