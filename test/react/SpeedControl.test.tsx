import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SpeedControl } from '../../src/react/SpeedControl';
import { renderPlayer } from './renderPlayer';

describe('SpeedControl', () => {
  it('offers the standard rates and shows the current one', () => {
    renderPlayer({ speed: 2 });
    const select = screen.getByRole('combobox', { name: 'Playback speed' });

    const labels = within(select)
      .getAllByRole('option')
      .map((option) => option.textContent);
    expect(labels).toEqual(['0.25×', '0.5×', '1×', '2×', '4×', '8×', '16×']);
    expect(select).toHaveValue('2');
  });

  it('sets the engine speed', () => {
    const { engine } = renderPlayer();
    const select = screen.getByRole('combobox', { name: 'Playback speed' });

    fireEvent.change(select, { target: { value: '0.25' } });

    expect(engine.latest().setSpeed).toHaveBeenCalledWith(0.25);
    expect(select).toHaveValue('0.25');
  });

  it('shows a rate set elsewhere even if it is not offered', () => {
    const { engine } = renderPlayer({
      children: <SpeedControl speeds={[1, 2]} />,
    });

    act(() => engine.latest().emit({ speed: 3 }));

    const select = screen.getByRole('combobox', { name: 'Playback speed' });
    expect(select).toHaveValue('3');
    expect(within(select).getAllByRole('option')).toHaveLength(3);
  });
});
