import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, within } from 'storybook/test';
import { ShortcutHelp } from '../../src/react/shortcuts/ShortcutHelp';
import { inProvider, loadDemoRecording } from '../support/PartStage';

const meta = {
  title: 'Parts/ShortcutHelp',
  component: ShortcutHelp,
  loaders: [loadDemoRecording],
  decorators: [inProvider],
  args: { open: true, onOpenChange: fn() },
} satisfies Meta<typeof ShortcutHelp>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The modal list of every keyboard shortcut. */
export const Open: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const dialog = canvas.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(dialog).toHaveTextContent('Space');
    canvas.getByRole('button', { name: 'Close' }).click();
    await expect(args.onOpenChange).toHaveBeenCalledWith(false);
  },
};
