import type { Meta, StoryObj } from '@storybook/react-vite';
import type { CSSProperties } from 'react';
import { expect } from 'storybook/test';
import { ReplayPlayer } from '../src/react/ReplayPlayer';
import { loadDemoRecording } from './support/PartStage';
import { waitForPlayer } from './support/waitForPlayer';

const meta = {
  title: 'Player/Theming',
  component: ReplayPlayer,
  loaders: [loadDemoRecording],
  args: { events: [] },
  render: (args, { loaded }) => (
    <div style={{ maxWidth: 960 }}>
      <ReplayPlayer {...args} events={loaded.events} />
    </div>
  ),
} satisfies Meta<typeof ReplayPlayer>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Reads the player's computed background colour. */
function playerBackground(canvasElement: HTMLElement) {
  const player = canvasElement.querySelector('.reprise-player');
  return player ? getComputedStyle(player).backgroundColor : '';
}

/** The dark theme, which is the default: no class or property needed. */
export const Dark: Story = {
  play: async ({ canvasElement }) => {
    await waitForPlayer(canvasElement);
    await expect(playerBackground(canvasElement)).toBe('rgb(21, 23, 28)');
  },
};

/** The light theme: the `reprise-theme-light` class on the player. */
export const Light: Story = {
  args: { className: 'reprise-theme-light' },
  play: async ({ canvasElement }) => {
    await waitForPlayer(canvasElement);
    await expect(playerBackground(canvasElement)).toBe('rgb(255, 255, 255)');
  },
};

/** An embedder's own brand: custom properties set on the player. */
export const CustomProperties: Story = {
  args: {
    style: {
      '--reprise-bg': '#102a43',
      '--reprise-stage-bg': '#243b53',
      '--reprise-accent': '#f0b429',
      '--reprise-muted': '#b6c2cf',
      '--reprise-font-family': 'Georgia, serif',
      '--reprise-radius': '2px',
    } as CSSProperties,
  },
  play: async ({ canvasElement }) => {
    await waitForPlayer(canvasElement);
    await expect(playerBackground(canvasElement)).toBe('rgb(16, 42, 67)');
  },
};
