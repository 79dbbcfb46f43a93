import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { PlayerFrame } from '../../src/react/PlayerFrame';
import { inProvider, loadDemoRecording } from '../support/PartStage';
import { waitForFrame } from '../support/waitForPlayer';

const meta = {
  title: 'Parts/PlayerFrame',
  component: PlayerFrame,
  loaders: [loadDemoRecording],
  decorators: [inProvider],
} satisfies Meta<typeof PlayerFrame>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The replayed page, scaled to fit. */
export const Default: Story = {
  args: { style: { maxHeight: 320 } },
  play: async ({ canvasElement }) => {
    await waitForFrame(canvasElement);
    const frame = canvasElement.querySelector('iframe');
    await expect(frame?.contentDocument?.body).toBeTruthy();
  },
};
