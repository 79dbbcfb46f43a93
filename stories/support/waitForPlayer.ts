import { expect, waitFor, within } from 'storybook/test';

/**
 * Waits until the engine is ready: the play button, found by its
 * accessible name, is enabled.
 */
export async function waitForPlayer(
  canvasElement: HTMLElement,
  playLabel = 'Play',
) {
  const canvas = within(canvasElement);
  const play = await canvas.findByRole(
    'button',
    { name: playLabel },
    { timeout: 20_000 },
  );
  await waitFor(() => expect(play).toBeEnabled(), { timeout: 20_000 });
  return canvas;
}

/**
 * Waits until the engine has built the first frame into the story's
 * player frame, for parts that have no play button of their own.
 */
export async function waitForFrame(canvasElement: HTMLElement) {
  await waitFor(
    () => {
      const body = canvasElement.querySelector('iframe')?.contentDocument?.body;
      expect(body?.childElementCount).toBeGreaterThan(0);
    },
    { timeout: 20_000 },
  );
  return within(canvasElement);
}
