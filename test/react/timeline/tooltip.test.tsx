import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderTimeline } from './renderTimeline';

function marker(name: RegExp): HTMLElement {
  const toolbar = screen.getByRole('toolbar', { name: 'Markers' });
  return within(toolbar).getByRole('button', { name });
}

describe('Timeline marker tooltip', () => {
  it('opens on hover with kind, time, label and reason', async () => {
    renderTimeline();
    const rage = marker(/^Rage click/);

    fireEvent.mouseEnter(rage);
    const tooltip = await screen.findByRole('tooltip');

    expect(tooltip).toHaveTextContent('Rage click');
    expect(tooltip).toHaveTextContent('0:50');
    expect(tooltip).toHaveTextContent('Rage click (4×) on button "Pay"');
    expect(tooltip).toHaveTextContent(
      /4 clicks on button "Pay" in .*, each within 1000 ms and 30 px/,
    );
    expect(rage).toHaveAttribute('aria-describedby', tooltip.id);

    fireEvent.mouseLeave(rage);
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('opens on keyboard focus and closes on Escape', async () => {
    renderTimeline();
    const dead = marker(/^Dead click/);

    act(() => dead.focus());
    const tooltip = await screen.findByRole('tooltip');
    expect(tooltip).toHaveTextContent('Dead click');
    expect(tooltip).toHaveTextContent('1:30');
    expect(tooltip).toHaveTextContent(
      /No DOM change.* within 2500 ms of the click/,
    );

    fireEvent.keyDown(document, { key: 'Escape' });
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('names the error behind an error click', async () => {
    renderTimeline();

    act(() => marker(/^Error click/).focus());

    expect(await screen.findByRole('tooltip')).toHaveTextContent(
      /Console error "Payment failed" .* after the click on button "Pay"/,
    );
  });

  it('gives other kinds no reason line', async () => {
    renderTimeline();

    act(() => marker(/^Custom event/).focus());
    const tooltip = await screen.findByRole('tooltip');

    expect(tooltip).toHaveTextContent('Custom event');
    expect(tooltip).toHaveTextContent('checkout');
    expect(tooltip.querySelector('.reprise-tooltip__reason')).toBeNull();
  });
});
