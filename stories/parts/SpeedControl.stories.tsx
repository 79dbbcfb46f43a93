import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent } from 'storybook/test';
import { SpeedControl } from '../../src/react/SpeedControl';
import { inPlayer, loadDemoRecording } from '../support/PartStage';
import { waitForFrame } from '../support/waitForPlayer';

const meta = {
  title: 'Parts/SpeedControl',
  component: SpeedControl,
  loaders: [loadDemoRecording],
  decorators: [inPlayer],
} satisfies Meta<typeof SpeedControl>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The standard rates; choosing one sets the engine's speed. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = await waitForFrame(canvasElement);
    const select = canvas.getByRole('combobox', { name: 'Playback speed' });
    await userEvent.selectOptions(select, '4');
    await expect(select).toHaveValue('4');
  },
};

/** A shorter list of rates. */
export const CustomSpeeds: Story = {
  args: { speeds: [1, 2, 8] },
  play: async ({ canvasElement }) => {
    const canvas = await waitForFrame(canvasElement);
    const select = canvas.getByRole('combobox', { name: 'Playback speed' });
    await expect(select.querySelectorAll('option')).toHaveLength(3);
  },
};
