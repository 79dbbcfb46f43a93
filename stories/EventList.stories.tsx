import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import type { Recording } from '../src/events/types';
import { EventList } from '../src/react/panels';
import { PanelStage } from './support/PanelStage';
import { recordingLoader } from './support/pluginEvents';
import { waitForPlayer } from './support/waitForPlayer';

const meta = {
  title: 'Panels/EventList',
  component: EventList,
  loaders: [recordingLoader('chalk-session-25131bfa')],
  render: (args, { loaded }) => (
    <PanelStage recording={loaded.recording as Recording}>
      <EventList {...args} />
    </PanelStage>
  ),
} satisfies Meta<typeof EventList>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The insights of a real 9 s session (chalk): 25 clicks and a rage
 * click with its reason. The play function hides the clicks, chooses
 * the rage click, and checks the player moved there.
 */
export const Events: Story = {
  play: async ({ canvasElement, step }) => {
    const canvas = await waitForPlayer(canvasElement);
    // The events are found in the background after the first frame.
    const list = within(await canvas.findByRole('list', { name: 'Events' }));
    const clicks = canvas.getByRole('button', { name: 'Clicks 25' });

    await step('hide the clicks', async () => {
      await userEvent.click(clicks);
      await expect(clicks).toHaveAttribute('aria-pressed', 'false');
      await expect(list.getAllByRole('button')).toHaveLength(1);
    });

    await step('choose the rage click', async () => {
      const rage = list.getByRole('button', { name: /^Rage click 0:05\.9/ });
      await expect(rage).toHaveAccessibleDescription(/^3 clicks on/);
      await userEvent.click(rage);
      await waitFor(() => expect(rage).toHaveAttribute('aria-current', 'true'));
      await expect(
        canvas.getByRole('slider', { name: 'Seek' }),
      ).toHaveAttribute('aria-valuenow', '5900');
    });

    await step('show the clicks again', async () => {
      await userEvent.click(clicks);
      await expect(list.getAllByRole('button').length).toBeGreaterThan(10);
    });
  },
};
