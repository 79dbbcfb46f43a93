import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent } from 'storybook/test';
import { PlayPauseButton } from '../../src/react/PlayPauseButton';
import { inPlayer, loadDemoRecording } from '../support/PartStage';
import { waitForPlayer } from '../support/waitForPlayer';

const meta = {
  title: 'Parts/PlayPauseButton',
  component: PlayPauseButton,
  loaders: [loadDemoRecording],
  decorators: [inPlayer],
} satisfies Meta<typeof PlayPauseButton>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Its name says what a press does: Play while paused, Pause while playing. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = await waitForPlayer(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Play' }));
    const pause = canvas.getByRole('button', { name: 'Pause' });
    await expect(pause).toBeVisible();
    await userEvent.click(pause);
  },
};

/** Labels in another language. */
export const Labels: Story = {
  args: { playLabel: 'Lecture', pauseLabel: 'Pause' },
  play: async ({ canvasElement }) => {
    const canvas = await waitForPlayer(canvasElement, 'Lecture');
    await expect(canvas.getByRole('button', { name: 'Lecture' })).toBeVisible();
  },
};
