import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent } from 'storybook/test';
import { SkipInactiveToggle } from '../../src/react/SkipInactiveToggle';
import { inPlayer, loadDemoRecording } from '../support/PartStage';
import { waitForFrame } from '../support/waitForPlayer';

const meta = {
  title: 'Parts/SkipInactiveToggle',
  component: SkipInactiveToggle,
  loaders: [loadDemoRecording],
  decorators: [inPlayer],
} satisfies Meta<typeof SkipInactiveToggle>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A switch, on by default. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = await waitForFrame(canvasElement);
    const toggle = canvas.getByRole('switch', { name: 'Skip inactivity' });
    await expect(toggle).toBeChecked();
    await userEvent.click(toggle);
    await expect(toggle).not.toBeChecked();
  },
};
