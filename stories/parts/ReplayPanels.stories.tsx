import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { ReplayPanels } from '../../src/react/panels/ReplayPanels';
import { inProvider, loadDemoRecording } from '../support/PartStage';

const meta = {
  title: 'Parts/ReplayPanels',
  component: ReplayPanels,
  loaders: [loadDemoRecording],
  decorators: [inProvider],
} satisfies Meta<typeof ReplayPanels>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Event list, console and network behind tabs. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('tab', { name: /Console/ }));
    await expect(canvas.getByRole('tab', { name: /Console/ })).toHaveAttribute(
      'aria-selected',
      'true',
    );
  },
};
