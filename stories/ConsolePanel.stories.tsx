import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import type { Recording } from '../src/events/types';
import { ConsolePanel } from '../src/react/panels';
import { PanelStage } from './support/PanelStage';
import { recordingLoader } from './support/pluginEvents';
import { waitForPlayer } from './support/waitForPlayer';

const meta = {
  title: 'Panels/ConsolePanel',
  component: ConsolePanel,
  loaders: [recordingLoader('chalk-session-25131bfa', { console: 400 })],
  render: (args, { loaded }) => (
    <PanelStage recording={loaded.recording as Recording}>
      <ConsolePanel {...args} />
    </PanelStage>
  ),
} satisfies Meta<typeof ConsolePanel>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Returns the rows of the console list: each entry's seek button. */
function entries(canvasElement: HTMLElement) {
  const list = within(canvasElement).getByRole('list', { name: 'Console' });
  return within(list).getAllByRole('button', { name: /^\w+ \d:\d\d\.\d / });
}

/**
 * A real recording (chalk, 9 s) has no console plugin events, so this
 * story adds 400 generated `rrweb/console@1` events to it. The play
 * function searches, keeps only errors, opens a stack trace and chooses
 * an entry, which seeks the player to it.
 */
export const Console: Story = {
  play: async ({ canvasElement, step }) => {
    const canvas = await waitForPlayer(canvasElement);
    // The entries are found in the background after the first frame.
    await waitFor(() =>
      expect(entries(canvasElement).length).toBeGreaterThan(0),
    );

    await step('search in any case', async () => {
      const search = canvas.getByRole('searchbox', { name: 'Search console' });
      await userEvent.type(search, 'DEPRECATED');
      await waitFor(() =>
        expect(
          entries(canvasElement).every((row) => /Deprecated/.test(row.title)),
        ).toBe(true),
      );
      await userEvent.clear(search);
    });

    await step('keep only errors and open a trace', async () => {
      await userEvent.click(
        canvas.getByRole('button', { name: /^Errors only/ }),
      );
      await waitFor(() =>
        expect(entries(canvasElement)[0]).toHaveAccessibleName(/^error /),
      );
      const [trace] = canvas.getAllByRole('button', { name: 'Stack trace' });
      await userEvent.click(trace as HTMLElement);
      await expect(trace).toHaveAttribute('aria-expanded', 'true');
      await expect(canvas.getByText(/^at TaskCard/)).toBeVisible();
    });

    await step('choose an entry', async () => {
      const row = entries(canvasElement)[2] as HTMLElement;
      await userEvent.click(row);
      await waitFor(() => expect(row).toHaveAttribute('aria-current', 'true'));
    });
  },
};

/**
 * 10,000 generated console entries over the same 9 s recording: only
 * the rows in view are in the DOM, and filtering stays quick.
 */
export const TenThousandEntries: Story = {
  loaders: [recordingLoader('chalk-session-25131bfa', { console: 10_000 })],
  play: async ({ canvasElement }) => {
    const canvas = await waitForPlayer(canvasElement);
    // The entries are found in the background after the first frame.
    const list = await canvas.findByRole('list', { name: 'Console' });
    await waitFor(() =>
      expect(entries(canvasElement).length).toBeGreaterThan(0),
    );
    await expect(within(list).getAllByRole('listitem').length).toBeLessThan(60);

    list.scrollTop = list.scrollHeight / 2;
    await waitFor(() => {
      const first = within(list).getAllByRole('listitem')[0];
      expect(Number(first?.getAttribute('aria-posinset'))).toBeGreaterThan(
        4000,
      );
    });

    await userEvent.type(
      canvas.getByRole('searchbox', { name: 'Search console' }),
      'typeerror',
    );
    await waitFor(() =>
      expect(entries(canvasElement)[0]).toHaveAccessibleName(/TypeError/),
    );
    const row = entries(canvasElement)[1] as HTMLElement;
    await userEvent.click(row);
    await waitFor(() => expect(row).toHaveAttribute('aria-current', 'true'));
  },
};
