import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { TimeDisplay } from '../../src/react/TimeDisplay';
import { inPlayer, loadDemoRecording } from '../support/PartStage';
import { waitForFrame } from '../support/waitForPlayer';

const meta = {
  title: 'Parts/TimeDisplay',
  component: TimeDisplay,
  loaders: [loadDemoRecording],
  decorators: [inPlayer],
} satisfies Meta<typeof TimeDisplay>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Elapsed and total time of the recording. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = await waitForFrame(canvasElement);
    await expect(canvas.getByText(/^0:00 \/ \d+:\d\d$/)).toBeVisible();
  },
};

/** Another separator. */
export const Separator: Story = {
  args: { separator: ' of ' },
  play: async ({ canvasElement }) => {
    const canvas = await waitForFrame(canvasElement);
    await expect(canvas.getByText(/^0:00 of \d+:\d\d$/)).toBeVisible();
  },
};
