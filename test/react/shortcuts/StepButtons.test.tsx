import { act, fireEvent, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderPlayers } from './renderPlayers';

describe('StepButtons', () => {
  it('jumps 5 s at 1x, within the recording', () => {
    const { first } = renderPlayers();
    const controls = within(first.region);

    act(() => {
      fireEvent.click(
        controls.getByRole('button', { name: 'Jump forward 5 seconds' }),
      );
    });
    expect(first.engine.seek).toHaveBeenLastCalledWith(5_000);

    act(() => {
      fireEvent.click(
        controls.getByRole('button', { name: 'Jump back 5 seconds' }),
      );
      fireEvent.click(
        controls.getByRole('button', { name: 'Jump back 5 seconds' }),
      );
    });
    expect(first.engine.seek).toHaveBeenLastCalledWith(0);
  });

  it('jumps 5 s times the speed and says so', () => {
    const { first } = renderPlayers();
    act(() => first.engine.emit({ speed: 4, currentTime: 100_000 }));

    const forward = within(first.region).getByRole('button', {
      name: 'Jump forward 20 seconds',
    });
    act(() => void fireEvent.click(forward));

    expect(first.engine.seek).toHaveBeenLastCalledWith(120_000);
    act(() => first.engine.emit({ speed: 0.25 }));
    expect(forward).toHaveAccessibleName('Jump forward 1.25 seconds');
  });

  it('steps 100 ms and pauses', () => {
    const { first } = renderPlayers();
    act(() => first.engine.play());
    act(() => first.engine.emit({ currentTime: 30_000 }));
    const controls = within(first.region);

    act(() => {
      fireEvent.click(
        controls.getByRole('button', { name: 'Step forward 100 ms' }),
      );
    });
    expect(first.engine.pause).toHaveBeenCalledTimes(1);
    expect(first.engine.seek).toHaveBeenLastCalledWith(30_100);

    act(() => {
      fireEvent.click(
        controls.getByRole('button', { name: 'Step back 100 ms' }),
      );
    });
    expect(first.engine.seek).toHaveBeenLastCalledWith(30_000);
  });

  it('is disabled when the engine has failed', () => {
    const { first } = renderPlayers();
    act(() => first.engine.emit({ status: 'error', error: new Error('x') }));

    const buttons = within(first.region).getAllByRole('button', {
      name: /^(Jump|Step) /,
    });
    expect(buttons).toHaveLength(4);
    for (const button of buttons) expect(button).toBeDisabled();
  });
});
