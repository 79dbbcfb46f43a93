import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import type { Recording } from '../src/events/types';
import { ClickOverlay } from '../src/react/overlay';
import { EventList } from '../src/react/panels';
import { PanelStage } from './support/PanelStage';
import { recordingLoader } from './support/pluginEvents';
import { waitForPlayer } from './support/waitForPlayer';

const meta = {
  title: 'Player/ClickOverlay',
  component: ClickOverlay,
  loaders: [recordingLoader('chalk-session-25131bfa')],
  args: {
    showCursor: true,
    showRipples: true,
    showTrail: true,
    highlightRageClicks: true,
    rippleDuration: 600,
    trailDuration: 1000,
  },
  render: (args, { loaded }) => (
    <PanelStage recording={loaded.recording as Recording} overlay={args} />
  ),
} satisfies Meta<typeof ClickOverlay>;

export default meta;
type Story = StoryObj<typeof meta>;

const ripples = (root: HTMLElement) =>
  root.querySelectorAll('.reprise-overlay__ripple');

/**
 * A real 9 s session (chalk, 25 clicks) with the pointer, its trail,
 * click ripples and the rage click ring drawn over the replay. The play
 * function seeks to 5 s with the keyboard: the click at 4.7 s ripples.
 */
export const Overlay: Story = {
  play: async ({ canvasElement }) => {
    const canvas = await waitForPlayer(canvasElement);
    const slider = canvas.getByRole('slider', { name: 'Seek' });

    slider.focus();
    await userEvent.keyboard('{Home}{ArrowRight}');
    await waitFor(() =>
      expect(slider).toHaveAttribute('aria-valuenow', '5000'),
    );

    await waitFor(() => expect(ripples(canvasElement)).toHaveLength(1));
    await expect(
      canvasElement.querySelector('.reprise-overlay__cursor'),
    ).not.toBeNull();
  },
};

/**
 * The overlay beside the event list. Choosing the rage click seeks to
 * its first click: the ripple starts there and the red ring counts the
 * burst.
 */
export const RageClick: Story = {
  render: (args, { loaded }) => (
    <PanelStage recording={loaded.recording as Recording} overlay={args}>
      <EventList />
    </PanelStage>
  ),
  play: async ({ canvasElement }) => {
    const canvas = await waitForPlayer(canvasElement);
    // The events are found in the background after the first frame.
    const list = within(await canvas.findByRole('list', { name: 'Events' }));

    await userEvent.click(list.getByRole('button', { name: /^Rage click/ }));

    const ring = await waitFor(() => {
      const found = canvasElement.querySelector('.reprise-overlay__rage');
      expect(found).not.toBeNull();
      return found;
    });
    await expect(ring).toHaveTextContent('3×');
    await expect(ripples(canvasElement).length).toBeGreaterThan(0);
  },
};
