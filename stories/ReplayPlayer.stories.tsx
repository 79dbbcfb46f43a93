import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ReplayPlayer } from '../src/react/ReplayPlayer';
import { RecordingPlayer } from './RecordingPlayer';
import { RECORDING_NAMES } from './recordings';

const meta = {
  title: 'Player/ReplayPlayer',
  component: RecordingPlayer,
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 960 }}>
        <Story />
      </div>
    ),
  ],
  argTypes: {
    recording: { control: 'select', options: RECORDING_NAMES },
    speed: { control: 'select', options: [0.25, 0.5, 1, 2, 4, 8, 16] },
    autoPlay: { control: 'boolean' },
  },
  args: { recording: 'demoit-react-hooks', speed: 1, autoPlay: false },
} satisfies Meta<typeof RecordingPlayer>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A real recording in the one-line embed; pick another in Controls. */
export const Player: Story = {};

/** The same embed at work: play, pause, and seek with the keyboard. */
export const PlayPauseAndSeek: Story = {
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement);
    const play = await canvas.findByRole(
      'button',
      { name: 'Play' },
      { timeout: 20_000 },
    );
    await waitFor(() => expect(play).toBeEnabled(), { timeout: 20_000 });
    const slider = canvas.getByRole('slider', { name: 'Seek' });
    const time = () => Number(slider.getAttribute('aria-valuenow'));

    await step('time advances while playing', async () => {
      await userEvent.click(play);
      await waitFor(() => expect(time()).toBeGreaterThan(1_000), {
        timeout: 10_000,
      });
      await expect(canvas.getByText(/^0:0[1-9] \/ 1:\d\d$/)).toBeVisible();
    });

    await step('time stops when paused', async () => {
      await userEvent.click(canvas.getByRole('button', { name: 'Pause' }));
      const paused = time();
      await new Promise((resolve) => setTimeout(resolve, 400));
      await expect(time()).toBe(paused);
      await expect(canvas.getByRole('button', { name: 'Play' })).toBeVisible();
    });

    await step('keys seek and the display follows', async () => {
      slider.focus();
      await userEvent.keyboard('{Home}{ArrowRight}{ArrowRight}');
      await waitFor(() => expect(time()).toBe(10_000));
      await expect(slider).toHaveAttribute(
        'aria-valuetext',
        expect.stringMatching(/^0:10 of 1:\d\d$/),
      );
      await expect(canvas.getByText(/^0:10 \/ 1:\d\d$/)).toBeVisible();

      await userEvent.keyboard('{End}');
      await waitFor(() => expect(time()).toBeGreaterThan(60_000));
    });
  },
};

/** A recording that cannot be replayed: it has no full snapshot. */
export const ErrorState: Story = {
  render: () => (
    <ReplayPlayer
      events={[
        {
          type: 4,
          timestamp: 1_700_000_000_000,
          data: { href: 'https://example.test/', width: 1280, height: 720 },
        },
      ]}
    />
  ),
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByRole('alert');
    await expect(alert).toHaveTextContent('no-full-snapshot');
    await expect(alert).toHaveTextContent(/no FullSnapshot/);
  },
};

/**
 * A recording replay survives with problems: an event type the player
 * does not know and a recorded event handler, which the sanitizer
 * removes. The player lists both under its controls.
 */
export const Diagnostics: Story = {
  render: () => (
    <ReplayPlayer
      panels={false}
      events={[
        {
          type: 4,
          timestamp: 1_700_000_000_000,
          data: { href: 'https://example.test/', width: 1280, height: 720 },
        },
        {
          type: 2,
          timestamp: 1_700_000_000_000,
          data: {
            node: {
              type: 0,
              id: 1,
              childNodes: [
                {
                  type: 2,
                  id: 2,
                  tagName: 'html',
                  attributes: {},
                  childNodes: [
                    {
                      type: 2,
                      id: 3,
                      tagName: 'body',
                      attributes: { onload: 'alert(1)' },
                      childNodes: [
                        { type: 3, id: 4, textContent: 'Recorded page' },
                      ],
                    },
                  ],
                },
              ],
            },
            initialOffset: { top: 0, left: 0 },
          },
        },
        { type: 42, timestamp: 1_700_000_001_000, data: {} },
      ]}
    />
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const summary = await canvas.findByText(/Replay notes: 2 kinds/);
    await userEvent.click(summary);
    await expect(canvas.getByText('unknown-event-type')).toBeVisible();
    await expect(canvas.getByText('unsafe-content')).toBeVisible();
  },
};
