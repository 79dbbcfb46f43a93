import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderPlayers } from './renderPlayers';

/** Lets the focus manager's queued focus moves run inside `act`. */
const settle = () => act(async () => {});

describe('shortcut help', () => {
  it('opens with ? and lists every shortcut', async () => {
    const { first } = renderPlayers();
    act(() => first.region.focus());

    fireEvent.keyDown(first.region, { key: '?', shiftKey: true });
    await settle();

    const help = within(first.region).getByRole('dialog', {
      name: 'Keyboard shortcuts',
    });
    const rows = within(help)
      .getAllByRole('row')
      .map((row) => row.textContent);
    expect(rows).toEqual(
      expect.arrayContaining([
        'SpacePlay or pause',
        '← or →Jump back or forward 5 s × speed',
        'Shift + ← or Shift + →Step back or forward 100 ms, paused',
        '1–7Speed: 0.25×, 0.5×, 1×, 2×, 4×, 8×, 16×',
        'FFull screen on or off',
        '?Show this help',
      ]),
    );
    // The focus manager moves focus in an animation frame.
    await act(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    expect(help.contains(document.activeElement)).toBe(true);
  });

  it('closes with Escape and gives focus back', async () => {
    const { first } = renderPlayers();
    act(() => first.region.focus());
    fireEvent.keyDown(first.region, { key: '?' });
    await settle();

    fireEvent.keyDown(document.activeElement as Element, { key: 'Escape' });
    await settle();

    expect(screen.queryByRole('dialog')).toBeNull();
    expect(first.region).toHaveFocus();
  });

  it('opens from the help button and closes with Close', async () => {
    const { first } = renderPlayers();
    const open = within(first.region).getByRole('button', {
      name: 'Keyboard shortcuts',
    });
    act(() => open.focus());

    fireEvent.click(open);
    await settle();
    fireEvent.click(
      within(first.region).getByRole('button', { name: 'Close' }),
    );
    await settle();

    expect(screen.queryByRole('dialog')).toBeNull();
    expect(open).toHaveFocus();
  });

  it('ignores player keys while open', async () => {
    const { first } = renderPlayers();
    fireEvent.keyDown(first.region, { key: '?' });
    await settle();

    fireEvent.keyDown(document.activeElement as Element, { key: ' ' });
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowLeft' });

    expect(first.engine.play).not.toHaveBeenCalled();
    expect(first.engine.seek).not.toHaveBeenCalled();
  });
});
