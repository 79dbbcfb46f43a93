import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderPlayers } from './renderPlayers';

const key = (target: Element, init: KeyboardEventInit) =>
  act(() => void fireEvent.keyDown(target, init));

describe('player shortcuts', () => {
  it('reach only the player that has focus', () => {
    const { first, second } = renderPlayers();

    act(() => first.region.focus());
    key(first.region, { key: ' ' });

    expect(first.engine.play).toHaveBeenCalledTimes(1);
    expect(second.engine.play).not.toHaveBeenCalled();
    expect(
      within(first.region).getByRole('button', { name: 'Pause' }),
    ).toBeVisible();
  });

  it('do nothing for keys outside any player', () => {
    const { first, second } = renderPlayers();
    const outside = screen.getByRole('textbox', { name: 'Search outside' });

    key(outside, { key: ' ' });
    key(document.body, { key: 'ArrowRight' });

    for (const { engine } of [first, second]) {
      expect(engine.play).not.toHaveBeenCalled();
      expect(engine.seek).not.toHaveBeenCalled();
    }
  });

  it('ignore keys from the speed select', () => {
    const { first } = renderPlayers();
    const select = within(first.region).getByRole('combobox', {
      name: 'Playback speed',
    });

    key(select, { key: 'ArrowRight' });
    key(select, { key: '5' });
    key(select, { key: ' ' });

    expect(first.engine.seek).not.toHaveBeenCalled();
    expect(first.engine.setSpeed).not.toHaveBeenCalled();
    expect(first.engine.play).not.toHaveBeenCalled();
  });

  it('jump 5 s times the speed with the arrows', () => {
    const { first } = renderPlayers();
    act(() => first.engine.emit({ currentTime: 60_000, speed: 2 }));

    key(first.region, { key: 'ArrowRight' });
    expect(first.engine.seek).toHaveBeenLastCalledWith(70_000);

    key(first.region, { key: 'ArrowLeft' });
    expect(first.engine.seek).toHaveBeenLastCalledWith(60_000);
  });

  it('step 100 ms with Shift and the arrows, paused', () => {
    const { first } = renderPlayers();
    act(() => first.engine.play());
    act(() => first.engine.emit({ currentTime: 60_000 }));

    key(first.region, { key: 'ArrowRight', shiftKey: true });

    expect(first.engine.pause).toHaveBeenCalledTimes(1);
    expect(first.engine.seek).toHaveBeenLastCalledWith(60_100);

    key(first.region, { key: 'ArrowLeft', shiftKey: true });
    expect(first.engine.seek).toHaveBeenLastCalledWith(60_000);
  });

  it('set the speed with the digits 1 to 7', () => {
    const { first } = renderPlayers();
    const select = within(first.region).getByRole('combobox');

    key(first.region, { key: '1' });
    expect(first.engine.setSpeed).toHaveBeenLastCalledWith(0.25);
    expect(select).toHaveValue('0.25');

    key(first.region, { key: '7' });
    expect(first.engine.setSpeed).toHaveBeenLastCalledWith(16);
    expect(select).toHaveValue('16');
  });

  it('work from a button without taking its Space', () => {
    const { first } = renderPlayers();
    const play = within(first.region).getByRole('button', { name: 'Play' });

    key(play, { key: ' ' });
    expect(first.engine.play).not.toHaveBeenCalled();

    key(play, { key: 'ArrowRight' });
    expect(first.engine.seek).toHaveBeenLastCalledWith(5_000);
  });

  it('leave the seek slider its own arrows', () => {
    const { first } = renderPlayers();
    act(() => first.engine.emit({ speed: 4 }));
    const seek = within(first.region).getByRole('slider', { name: 'Seek' });

    key(seek, { key: 'ArrowRight' });

    expect(first.engine.seek).toHaveBeenCalledTimes(1);
    expect(first.engine.seek).toHaveBeenLastCalledWith(5_000);
  });

  it('are off with shortcuts={false}', () => {
    const { first } = renderPlayers({ shortcuts: false });

    key(first.region, { key: ' ' });
    key(first.region, { key: '?' });

    expect(first.engine.play).not.toHaveBeenCalled();
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
