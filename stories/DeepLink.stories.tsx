import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, waitFor, within } from 'storybook/test';
import { buildReplayUrl } from '../src/react/deepLink';
import { ReplayPlayer } from '../src/react/ReplayPlayer';
import type { ReplayPlayerProps } from '../src/react/ReplayPlayer';
import posthogDocs from '../test/fixtures/recordings/posthog-com-docs.json?url';

/** Renders a player and a shareable link that follows its position. */
function LinkedPlayer(props: ReplayPlayerProps) {
  const [time, setTime] = useState<number | undefined>(props.initialTime);
  const link = buildReplayUrl('https://support.example/replays/42', {
    time,
    errorId: props.initialErrorId,
  });

  return (
    <div style={{ display: 'grid', gap: 8, maxWidth: 960 }}>
      <ReplayPlayer {...props} onTimeChange={setTime} />
      <output aria-label="Link to this moment">{link}</output>
    </div>
  );
}

const meta = {
  title: 'Player/DeepLink',
  component: LinkedPlayer,
  args: { events: [] },
  loaders: [
    async () => ({
      events: (await (await fetch(posthogDocs)).json()) as unknown,
    }),
  ],
  render: (args, { loaded }) => (
    <LinkedPlayer {...args} events={loaded.events} />
  ),
} satisfies Meta<typeof LinkedPlayer>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Opens 2 s before a dead click at 3:57, with its marker highlighted. */
export const AtAnError: Story = {
  args: { initialErrorId: 'dead-click-392' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const slider = await canvas.findByRole(
      'slider',
      { name: 'Seek' },
      { timeout: 20_000 },
    );
    await waitFor(
      () => expect(slider).toHaveAttribute('aria-valuenow', '235612'),
      { timeout: 20_000 },
    );
    const highlighted = canvasElement.querySelector(
      '.reprise-marker--highlighted',
    );
    await expect(highlighted).not.toBeNull();
    await waitFor(() =>
      expect(canvas.getByRole('status')).toHaveTextContent(
        'https://support.example/replays/42?t=235.6&error=dead-click-392',
      ),
    );
  },
};

/** Opens at 1:23.5, as a link with `?t=83.5` would. */
export const AtATime: Story = {
  args: { initialTime: 83_500 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const slider = await canvas.findByRole(
      'slider',
      { name: 'Seek' },
      { timeout: 20_000 },
    );
    await waitFor(
      () => expect(slider).toHaveAttribute('aria-valuetext', '1:23 of 27:18'),
      { timeout: 20_000 },
    );
  },
};
