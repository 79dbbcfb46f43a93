import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent } from 'storybook/test';
import { StepButtons } from '../../src/react/StepButtons';
import { inPlayer, loadDemoRecording } from '../support/PartStage';
import { waitForFrame } from '../support/waitForPlayer';

const meta = {
  title: 'Parts/StepButtons',
  component: StepButtons,
  loaders: [loadDemoRecording],
  decorators: [inPlayer],
} satisfies Meta<typeof StepButtons>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Jump 5 s times the speed, or step 100 ms and pause. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = await waitForFrame(canvasElement);
    const forward = canvas.getAllByRole('button', { name: /forward/i });
    await expect(forward.length).toBe(2);
    await userEvent.click(forward[0]!);
  },
};
