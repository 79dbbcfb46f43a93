import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { FullscreenButton } from '../../src/react/FullscreenButton';
import { inPlayer, loadDemoRecording } from '../support/PartStage';
import { waitForFrame } from '../support/waitForPlayer';

const meta = {
  title: 'Parts/FullscreenButton',
  component: FullscreenButton,
  loaders: [loadDemoRecording],
  decorators: [inPlayer],
} satisfies Meta<typeof FullscreenButton>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Shows the enclosing player region in full screen. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = await waitForFrame(canvasElement);
    await expect(
      canvas.getByRole('button', { name: 'Full screen' }),
    ).toBeVisible();
  },
};
