import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent } from 'storybook/test';
import { Timeline } from '../../src/react/Timeline';
import { inPlayer, loadDemoRecording } from '../support/PartStage';
import { waitForFrame } from '../support/waitForPlayer';

const meta = {
  title: 'Parts/Timeline',
  component: Timeline,
  loaders: [loadDemoRecording],
  decorators: [inPlayer],
} satisfies Meta<typeof Timeline>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The seek slider with markers, activity and inactive periods. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = await waitForFrame(canvasElement);
    const slider = canvas.getByRole('slider', { name: 'Seek' });
    slider.focus();
    await userEvent.keyboard('{ArrowRight}');
    await expect(Number(slider.getAttribute('aria-valuenow'))).toBe(5_000);
  },
};
