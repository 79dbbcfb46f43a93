import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent } from 'storybook/test';
import { ShortcutHelpButton } from '../../src/react/shortcuts/ShortcutHelpButton';
import { inPlayer, loadDemoRecording } from '../support/PartStage';
import { waitForFrame } from '../support/waitForPlayer';

const meta = {
  title: 'Parts/ShortcutHelpButton',
  component: ShortcutHelpButton,
  loaders: [loadDemoRecording],
  decorators: [inPlayer],
} satisfies Meta<typeof ShortcutHelpButton>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Opens the list of keyboard shortcuts. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = await waitForFrame(canvasElement);
    await userEvent.click(
      canvas.getByRole('button', { name: 'Keyboard shortcuts' }),
    );
    const dialog = await canvas.findByRole('dialog');
    await expect(dialog).toHaveAccessibleName('Keyboard shortcuts');
    await userEvent.keyboard('{Escape}');
  },
};
