import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderPlayers } from './renderPlayers';

/**
 * Gives jsdom the Fullscreen API: requests succeed at once and fire
 * `fullscreenchange` on the document, as browsers do.
 */
function stubFullscreen() {
  let current: Element | null = null;
  const change = (element: Element | null) => {
    current = element;
    document.dispatchEvent(new Event('fullscreenchange'));
    return Promise.resolve();
  };
  const request = vi.fn(function (this: HTMLElement) {
    return change(this);
  });
  const exit = vi.fn(() => change(null));
  Object.defineProperty(HTMLElement.prototype, 'requestFullscreen', {
    configurable: true,
    value: request,
  });
  Object.defineProperty(document, 'exitFullscreen', {
    configurable: true,
    value: exit,
  });
  Object.defineProperty(document, 'fullscreenElement', {
    configurable: true,
    get: () => current,
  });
  return { request, exit, leave: () => act(() => void change(null)) };
}

afterEach(() => {
  Reflect.deleteProperty(HTMLElement.prototype, 'requestFullscreen');
  Reflect.deleteProperty(document, 'exitFullscreen');
  Reflect.deleteProperty(document, 'fullscreenElement');
});

describe('FullscreenButton', () => {
  it('puts the player region in full screen and back', async () => {
    const fullscreen = stubFullscreen();
    const { first } = renderPlayers();
    const button = within(first.region).getByRole('button', {
      name: 'Full screen',
    });

    await act(async () => void fireEvent.click(button));
    expect(fullscreen.request).toHaveBeenCalledTimes(1);
    expect(fullscreen.request.mock.contexts[0]).toBe(first.region);
    expect(button).toHaveAccessibleName('Exit full screen');

    await act(async () => void fireEvent.click(button));
    expect(fullscreen.exit).toHaveBeenCalledTimes(1);
    expect(button).toHaveAccessibleName('Full screen');
  });

  it('follows full screen left with Escape', async () => {
    const fullscreen = stubFullscreen();
    const { first } = renderPlayers();
    const button = within(first.region).getByRole('button', {
      name: 'Full screen',
    });
    await act(async () => void fireEvent.click(button));

    fullscreen.leave();

    expect(button).toHaveAccessibleName('Full screen');
  });

  it('toggles with the F key in the focused player', async () => {
    const fullscreen = stubFullscreen();
    const { first, second } = renderPlayers();

    await act(async () => void fireEvent.keyDown(second.region, { key: 'f' }));

    expect(fullscreen.request.mock.contexts).toEqual([second.region]);
    expect(
      within(second.region).getByRole('button', { name: 'Exit full screen' }),
    ).toBeVisible();
    expect(
      within(first.region).getByRole('button', { name: 'Full screen' }),
    ).toBeVisible();
  });

  it('is absent where full screen is unsupported', () => {
    renderPlayers();

    expect(screen.queryByRole('button', { name: /full screen/i })).toBeNull();
  });
});
