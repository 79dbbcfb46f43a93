import { act, fireEvent, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderPlayers } from './renderPlayers';

describe('SkipInactiveToggle', () => {
  it('is on by default and sets it on the engine', () => {
    const { first } = renderPlayers();
    const toggle = within(first.region).getByRole('switch', {
      name: 'Skip inactivity',
    });

    expect(toggle).toBeChecked();
    expect(first.engine.setSkipInactive).toHaveBeenLastCalledWith(true);
    expect(first.engine.getState().skipInactive).toBe(true);
  });

  it('turns skipping off and on through the store', () => {
    const { first, second } = renderPlayers();
    const toggle = within(first.region).getByRole('switch');

    act(() => void fireEvent.click(toggle));
    expect(first.engine.setSkipInactive).toHaveBeenLastCalledWith(false);
    expect(toggle).not.toBeChecked();
    expect(within(second.region).getByRole('switch')).toBeChecked();

    act(() => void fireEvent.click(toggle));
    expect(first.engine.setSkipInactive).toHaveBeenLastCalledWith(true);
    expect(toggle).toBeChecked();
  });

  it('starts off with skipInactive={false}', () => {
    const { first } = renderPlayers({ skipInactive: false });

    expect(within(first.region).getByRole('switch')).not.toBeChecked();
    expect(first.engine.setSkipInactive).toHaveBeenLastCalledWith(false);
  });

  it('takes Space for itself, not for play', () => {
    const { first } = renderPlayers();
    const toggle = within(first.region).getByRole('switch');

    act(() => void fireEvent.keyDown(toggle, { key: ' ' }));

    expect(first.engine.play).not.toHaveBeenCalled();
  });
});
