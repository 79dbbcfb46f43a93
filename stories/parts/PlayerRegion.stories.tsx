import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent } from 'storybook/test';
import { PlayerFrame } from '../../src/react/PlayerFrame';
import { PlayPauseButton } from '../../src/react/PlayPauseButton';
import { ReplayProvider } from '../../src/react/ReplayProvider';
import { PlayerRegion } from '../../src/react/shortcuts/PlayerRegion';
import { TimeDisplay } from '../../src/react/TimeDisplay';
import { loadDemoRecording } from '../support/PartStage';
import { waitForPlayer } from '../support/waitForPlayer';

const meta = {
  title: 'Parts/PlayerRegion',
  component: PlayerRegion,
  loaders: [loadDemoRecording],
  args: { label: 'Replay of the demo session', style: { maxWidth: 720 } },
  render: (args, { loaded }) => (
    <ReplayProvider events={loaded.events}>
      <PlayerRegion {...args}>
        <PlayerFrame style={{ maxHeight: 320 }} />
        <div className="reprise-player__controls">
          <PlayPauseButton />
          <TimeDisplay />
        </div>
      </PlayerRegion>
    </ReplayProvider>
  ),
} satisfies Meta<typeof PlayerRegion>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A named region whose keyboard shortcuts act while focus is inside. */
export const Shortcuts: Story = {
  play: async ({ canvasElement }) => {
    const canvas = await waitForPlayer(canvasElement);
    const region = canvas.getByRole('region', {
      name: 'Replay of the demo session',
    });
    region.focus();
    await userEvent.keyboard('{ArrowRight}');
    await expect(canvas.getByText(/^0:05 \/ /)).toBeVisible();
  },
};
