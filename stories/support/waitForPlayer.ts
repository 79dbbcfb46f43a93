import { expect, waitFor, within } from 'storybook/test';

/** Waits until the engine is ready: the Play button is enabled. */
export async function waitForPlayer(canvasElement: HTMLElement) {
  const canvas = within(canvasElement);
  const play = await canvas.findByRole(
    'button',
    { name: 'Play' },
    { timeout: 20_000 },
  );
  await waitFor(() => expect(play).toBeEnabled(), { timeout: 20_000 });
  return canvas;
}
