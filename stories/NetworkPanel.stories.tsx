import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import type { Recording } from '../src/events/types';
import { NetworkPanel } from '../src/react/panels';
import { PanelStage } from './support/PanelStage';
import { recordingLoader } from './support/pluginEvents';
import { waitForPlayer } from './support/waitForPlayer';

const meta = {
  title: 'Panels/NetworkPanel',
  component: NetworkPanel,
  loaders: [recordingLoader('chalk-session-25131bfa', { network: 300 })],
  render: (args, { loaded }) => (
    <PanelStage recording={loaded.recording as Recording}>
      <NetworkPanel {...args} />
    </PanelStage>
  ),
} satisfies Meta<typeof NetworkPanel>;

export default meta;
type Story = StoryObj<typeof meta>;

function rows(canvasElement: HTMLElement) {
  const list = within(canvasElement).getByRole('list', { name: 'Network' });
  return within(list).getAllByRole('button');
}

/** Playback time a row shows, in tenths of a second. */
function rowTime(row: HTMLElement): number {
  const text = row.querySelector('.reprise-panel__time')?.textContent ?? '';
  const [minutes = 0, seconds = 0] = text.split(':').map(Number);
  return Math.round((minutes * 60 + seconds) * 10);
}

/**
 * A real recording (chalk, 9 s) has no network plugin events, so this
 * story adds 300 generated `rrweb/network@1` requests to it, some of
 * them 404s, 500s and requests without a response. The play function
 * keeps the failed ones, sorts newest first and chooses one.
 */
export const Network: Story = {
  play: async ({ canvasElement, step }) => {
    const canvas = await waitForPlayer(canvasElement);

    await step('keep only failed requests', async () => {
      await userEvent.click(
        canvas.getByRole('button', { name: /^Failed only/ }),
      );
      await waitFor(() =>
        expect(
          rows(canvasElement).every((row) =>
            row.classList.contains('reprise-network__item--failed'),
          ),
        ).toBe(true),
      );
    });

    await step('sort newest first', async () => {
      await userEvent.selectOptions(
        canvas.getByRole('combobox', { name: 'Sort requests' }),
        'Newest first',
      );
      const [first, second] = rows(canvasElement).map(rowTime);
      await expect(first).toBeGreaterThanOrEqual(second ?? 0);
    });

    await step('choose a request', async () => {
      const row = rows(canvasElement)[3] as HTMLElement;
      await userEvent.click(row);
      await waitFor(() => expect(row).toHaveAttribute('aria-current', 'true'));
    });
  },
};

/** 10,000 generated requests: only the rows in view are in the DOM. */
export const TenThousandRequests: Story = {
  loaders: [recordingLoader('chalk-session-25131bfa', { network: 10_000 })],
  play: async ({ canvasElement }) => {
    const canvas = await waitForPlayer(canvasElement);
    // The requests are found in the background after the first frame.
    await waitFor(() => expect(rows(canvasElement).length).toBeGreaterThan(0));
    await expect(rows(canvasElement).length).toBeLessThan(60);

    await userEvent.click(canvas.getByRole('button', { name: /^Failed only/ }));
    const row = rows(canvasElement)[5] as HTMLElement;
    await userEvent.click(row);
    await waitFor(() => expect(row).toHaveAttribute('aria-current', 'true'));
  },
};
