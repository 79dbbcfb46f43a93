import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { RecordingError } from '../../src/events/RecordingError';
import { ErrorState } from '../../src/react/ErrorState';
import { inProvider, loadDemoRecording } from '../support/PartStage';

const meta = {
  title: 'Parts/ErrorState',
  component: ErrorState,
  loaders: [loadDemoRecording],
  decorators: [inProvider],
} satisfies Meta<typeof ErrorState>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Why a recording cannot be played, with its error code. */
export const RecordingFailure: Story = {
  args: {
    error: new RecordingError(
      'no-full-snapshot',
      'The recording has no full snapshot, so there is no page to rebuild.',
    ),
  },
  play: async ({ canvasElement }) => {
    const alert = within(canvasElement).getByRole('alert');
    await expect(alert).toHaveTextContent('This recording cannot be played');
    await expect(alert).toHaveTextContent('no-full-snapshot');
  },
};

/** A title of the embedder's own. */
export const CustomTitle: Story = {
  args: {
    error: new Error('The session expired before it was uploaded.'),
    title: 'Session unavailable',
  },
  play: async ({ canvasElement }) => {
    const alert = within(canvasElement).getByRole('alert');
    await expect(alert).toHaveTextContent('Session unavailable');
  },
};
