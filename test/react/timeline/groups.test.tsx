import {
  act,
  fireEvent,
  screen,
  waitFor,
  within,
} from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { vi } from 'vitest';
import { CHECKOUT } from './checkoutRecording';
import { renderTimeline, stubTrackWidth } from './renderTimeline';

/*
 * At 400 px for 100 s, a second is 4 px. The rage click and its four
 * clicks (50.0 to 50.6 s) span 2.4 px, so they form one group. The
 * error click (79.5 s) and the error (80 s) span 2 px and form another.
 */
beforeEach(() => stubTrackWidth(400));
afterEach(() => vi.unstubAllGlobals());

/** Lets the focus manager's queued focus move run inside `act`. */
const settle = () => act(async () => {});

function toolbar(): HTMLElement {
  return screen.getByRole('toolbar', { name: 'Markers' });
}

describe('Timeline marker groups', () => {
  it('groups dense markers and shows their count', () => {
    renderTimeline();
    const group = within(toolbar()).getByRole('button', {
      name: '5 markers at 0:50: 4 clicks, 1 rage click',
    });
    expect(group).toHaveTextContent('5');
    expect(group).toHaveClass('reprise-marker--rage-click');
    expect(
      within(toolbar()).getByRole('button', { name: /^Click at 0:10/ }),
    ).toBeVisible();
  });

  it('keeps markers apart on a wide track', () => {
    vi.unstubAllGlobals();
    stubTrackWidth(40_000);
    renderTimeline();

    // A rage, error or dead click shares its time with the click that
    // started it, so those pairs stay grouped at any width.
    const groups = within(toolbar())
      .getAllByRole('button', { name: / markers / })
      .map((group) => group.getAttribute('aria-label'));
    expect(groups).toEqual([
      '2 markers at 0:50: 1 click, 1 rage click',
      '2 markers at 1:19: 1 click, 1 error click',
      '2 markers at 1:30: 1 click, 1 dead click',
    ]);
    expect(within(toolbar()).getAllByRole('button')).toHaveLength(9);
  });

  it('lists a group in a popover; an item seeks', async () => {
    const { engine } = renderTimeline();
    const group = within(toolbar()).getByRole('button', {
      name: '3 markers from 1:19 to 1:20: 1 click, 1 error click, 1 error',
    });

    fireEvent.click(group);
    await settle();
    const dialog = screen.getByRole('dialog', {
      name: /^3 markers from 1:19 to 1:20/,
    });
    const items = within(dialog).getAllByRole('button');
    expect(items.map((item) => item.getAttribute('aria-label'))).toEqual([
      'Click at 1:19: button "Pay"',
      'Error click at 1:19: button "Pay"',
      'Error at 1:20: Payment failed',
    ]);

    fireEvent.click(items[2] as HTMLElement);
    await settle();
    expect(engine.latest().seek).toHaveBeenLastCalledWith(CHECKOUT.error);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('closes the popover on Escape', async () => {
    const { engine } = renderTimeline();
    const group = within(toolbar()).getByRole('button', { name: /^5 markers/ });

    act(() => group.focus());
    fireEvent.click(group);
    await settle();
    expect(screen.getByRole('dialog')).toBeVisible();
    fireEvent.keyDown(document.activeElement ?? document, { key: 'Escape' });
    await settle();

    expect(screen.queryByRole('dialog')).toBeNull();
    expect(group).toHaveFocus();
    expect(engine.latest().seek).not.toHaveBeenCalled();
  });

  it('moves focus into the popover', async () => {
    renderTimeline();
    const group = within(toolbar()).getByRole('button', { name: /^5 markers/ });

    act(() => group.focus());
    fireEvent.click(group);

    // The focus manager moves focus in a later animation frame, which a
    // busy machine can delay past one turn of `act`.
    const dialog = await screen.findByRole('dialog');
    await waitFor(() =>
      expect(dialog.contains(document.activeElement)).toBe(true),
    );
  });
});
