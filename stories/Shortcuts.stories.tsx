import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ReplayPlayer } from '../src/react/ReplayPlayer';
import posthogPageviews from '../test/fixtures/recordings/posthog-localhost-with-pageviews.json?url';

const meta = {
  title: 'Player/Shortcuts',
  component: ReplayPlayer,
  args: { events: [] },
  loaders: [
    async () => ({
      events: (await (await fetch(posthogPageviews)).json()) as unknown,
    }),
  ],
  render: (args, { loaded }) => (
    <div style={{ display: 'grid', gap: 16, maxWidth: 720 }}>
      <ReplayPlayer {...args} events={loaded.events} label="First replay" />
      <ReplayPlayer {...args} events={loaded.events} label="Second replay" />
    </div>
  ),
} satisfies Meta<typeof ReplayPlayer>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * Two players on one page: keys reach only the focused one. Space plays
 * and pauses, ? opens the shortcut help and Escape closes it.
 */
export const FocusedPlayerOnly: Story = {
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement);
    const first = await canvas.findByRole('region', { name: 'First replay' });
    const second = canvas.getByRole('region', { name: 'Second replay' });
    const playIn = (region: HTMLElement) =>
      within(region).findByRole('button', { name: 'Play' });
    await waitFor(async () => expect(await playIn(first)).toBeEnabled(), {
      timeout: 20_000,
    });
    await waitFor(async () => expect(await playIn(second)).toBeEnabled(), {
      timeout: 20_000,
    });

    await step('Space plays and pauses the focused player', async () => {
      first.focus();
      await userEvent.keyboard(' ');
      await expect(
        within(first).getByRole('button', { name: 'Pause' }),
      ).toBeVisible();
      await expect(
        within(second).getByRole('button', { name: 'Play' }),
      ).toBeVisible();

      await userEvent.keyboard(' ');
      await expect(
        within(first).getByRole('button', { name: 'Play' }),
      ).toBeVisible();
    });

    await step('a digit sets the speed', async () => {
      await userEvent.keyboard('4');
      await expect(
        within(first).getByRole('combobox', { name: 'Playback speed' }),
      ).toHaveValue('2');
      await expect(
        within(second).getByRole('combobox', { name: 'Playback speed' }),
      ).toHaveValue('1');
    });

    await step('? opens the help and Escape closes it', async () => {
      await userEvent.keyboard('?');
      const help = await within(first).findByRole('dialog', {
        name: 'Keyboard shortcuts',
      });
      await expect(help).toHaveTextContent('Play or pause');
      await userEvent.keyboard('{Escape}');
      await waitFor(() =>
        expect(within(first).queryByRole('dialog')).toBeNull(),
      );
      await expect(first).toHaveFocus();
    });
  },
};
