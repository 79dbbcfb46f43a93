import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CHECKOUT } from './checkoutRecording';
import { renderTimeline } from './renderTimeline';

function toolbar(): HTMLElement {
  return screen.getByRole('toolbar', { name: 'Markers' });
}

describe('Timeline markers', () => {
  it('names each marker by kind, time and subject', () => {
    renderTimeline();
    const markers = within(toolbar());

    expect(
      markers.getByRole('button', { name: 'Click at 0:10: button "Pay"' }),
    ).toBeVisible();
    expect(
      markers.getByRole('button', {
        name: 'Rage click at 0:50: button "Pay" (4 clicks)',
      }),
    ).toBeVisible();
    expect(
      markers.getByRole('button', {
        name: 'Error click at 1:19: button "Pay"',
      }),
    ).toBeVisible();
    expect(
      markers.getByRole('button', { name: 'Error at 1:20: Payment failed' }),
    ).toBeVisible();
    expect(
      markers.getByRole('button', { name: /^Dead click at 1:30: a "Help"/ }),
    ).toBeVisible();
    expect(
      markers.getByRole('button', { name: 'Custom event at 0:30: checkout' }),
    ).toBeVisible();
  });

  it('draws each kind with its own icon and class', () => {
    renderTimeline();
    const names = [
      /^Click at 0:10/,
      /^Rage click/,
      /^Error click/,
      /^Error at/,
      /^Dead click/,
      /^Custom event/,
    ];
    const buttons = names.map((name) =>
      within(toolbar()).getByRole('button', { name }),
    );

    const icons = buttons.map((button) => button.querySelector('svg'));
    for (const icon of icons) expect(icon).toHaveAttribute('aria-hidden');
    const glyphs = new Set(icons.map((icon) => icon?.innerHTML));
    expect(glyphs.size).toBe(names.length);
    expect(buttons[1]).toHaveClass('reprise-marker--rage-click');
    expect(buttons[1]).toHaveClass('reprise-marker--warning');
    expect(buttons[3]).toHaveClass('reprise-marker--error');
    expect(buttons[0]).toHaveClass('reprise-marker--info');
  });

  it('seeks to a marker when it is pressed', () => {
    const { engine } = renderTimeline();
    const error = within(toolbar()).getByRole('button', { name: /^Error at/ });

    fireEvent.click(error);

    expect(engine.latest().seek).toHaveBeenLastCalledWith(CHECKOUT.error);
    expect(screen.getByRole('slider')).toHaveAttribute(
      'aria-valuetext',
      '1:20 of 1:40',
    );
  });

  it('is one Tab stop; arrows move between markers', () => {
    renderTimeline();
    const buttons = within(toolbar()).getAllByRole('button');
    const tabbable = buttons.filter((button) => button.tabIndex === 0);
    expect(tabbable).toHaveLength(1);
    expect(tabbable[0]).toBe(buttons[0]);

    act(() => buttons[0]?.focus());
    fireEvent.keyDown(buttons[0] as HTMLElement, { key: 'ArrowRight' });
    expect(buttons[1]).toHaveFocus();
    expect(buttons[1]).toHaveAttribute('tabindex', '0');
    expect(buttons[0]).toHaveAttribute('tabindex', '-1');

    fireEvent.keyDown(buttons[1] as HTMLElement, { key: 'End' });
    expect(buttons.at(-1)).toHaveFocus();
    fireEvent.keyDown(buttons.at(-1) as HTMLElement, { key: 'ArrowRight' });
    expect(buttons.at(-1)).toHaveFocus();
    fireEvent.keyDown(buttons.at(-1) as HTMLElement, { key: 'Home' });
    expect(buttons[0]).toHaveFocus();
  });

  it('leaves Shift + arrows to the player shortcuts', () => {
    renderTimeline();
    const [first, second] = within(toolbar()).getAllByRole('button');
    act(() => first?.focus());

    const handled = !fireEvent.keyDown(first as HTMLElement, {
      key: 'ArrowRight',
      shiftKey: true,
    });

    expect(handled).toBe(false);
    expect(first).toHaveFocus();
    expect(second).not.toHaveFocus();
  });

  it('draws no toolbar for a recording without markers', () => {
    renderTimeline({ showMarkers: false });
    expect(screen.queryByRole('toolbar')).toBeNull();
    expect(screen.getByRole('slider', { name: 'Seek' })).toBeVisible();
  });
});
