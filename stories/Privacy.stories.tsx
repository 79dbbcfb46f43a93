import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { redactQueryParameters } from '../src/engine/sanitize';
import { RecordingPlayer } from './RecordingPlayer';
import { withPluginEvents } from './support/pluginEvents';
import { waitForPlayer } from './support/waitForPlayer';

/*
 * Replay-side privacy options, passed through `replayerOptions`. Each
 * story shows one on a real recording and checks it in the replayed
 * document.
 */
const meta = {
  title: 'Player/Privacy',
  component: RecordingPlayer,
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 960 }}>
        <Story />
      </div>
    ),
  ],
  args: { recording: 'demoit-react-hooks' },
} satisfies Meta<typeof RecordingPlayer>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Returns the replayed document of the story's player. */
async function replayedDocument(canvasElement: HTMLElement) {
  await waitForPlayer(canvasElement);
  const frame = canvasElement.querySelector<HTMLIFrameElement>(
    '.reprise-frame iframe',
  );
  const doc = frame?.contentDocument;
  if (!doc) throw new Error('The story shows no replay frame.');
  return doc;
}

const MASKED = /^[*\s]+$/;

/** `maskTextSelector: '.CodeMirror-line'` hides the code in the editor. */
export const MaskText: Story = {
  args: { replayerOptions: { maskTextSelector: '.CodeMirror-line' } },
  play: async ({ canvasElement }) => {
    const doc = await replayedDocument(canvasElement);
    const lines = [...doc.querySelectorAll('.CodeMirror-line')];
    await expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      if (line.textContent?.trim()) {
        await expect(line.textContent).toMatch(MASKED);
      }
    }
  },
};

/** Input values are masked by default: the typed to-do shows as `*`. */
export const MaskInputs: Story = {
  args: { recording: 'chalk-session-25131bfa' },
  play: async ({ canvasElement }) => {
    const doc = await replayedDocument(canvasElement);
    const play = canvasElement.querySelector<HTMLElement>(
      'button[aria-label="Play"]',
    );
    if (play) await userEvent.click(play);
    await waitFor(
      () => {
        const values = [...doc.querySelectorAll('textarea, input')]
          .map((field) => (field as HTMLInputElement).value)
          .filter((value) => value !== '');
        expect(values.length).toBeGreaterThan(0);
        for (const value of values) expect(value).toMatch(MASKED);
      },
      { timeout: 8_000 },
    );
  },
};

/** `blockSelector: '.CodeMirror'` shows the editor as a placeholder. */
export const BlockElements: Story = {
  args: { replayerOptions: { blockSelector: '.CodeMirror' } },
  play: async ({ canvasElement }) => {
    const doc = await replayedDocument(canvasElement);
    const editor = doc.querySelector('.CodeMirror');
    await expect(editor).toHaveAttribute('data-reprise-blocked');
    const box = editor!.getBoundingClientRect();
    await expect(box.width * box.height).toBeGreaterThan(0);
  },
};

/**
 * A console hook replaces every logged message, and query parameters are
 * redacted from page and request URLs, before the panels read them.
 */
export const RedactPayloads: Story = {
  args: {
    recording: 'sentry-analyzer-simple',
    prepare: (raw) => withPluginEvents(raw, { console: 12, network: 12 }),
    replayerOptions: {
      redact: {
        console: (payload) => ({ ...payload, payload: ['"[redacted]"'] }),
        url: redactQueryParameters(),
      },
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = await waitForPlayer(canvasElement);
    await userEvent.click(canvas.getByRole('tab', { name: /Console/ }));
    const rows = await canvas.findAllByText('[redacted]');
    await expect(rows.length).toBeGreaterThan(0);
  },
};
