import { screen } from '@testing-library/react';
import { vi } from 'vitest';

/** Returns the slider, laid out from x = 100 to x = 500 (400 px). */
export function slider(): HTMLElement {
  const element = screen.getByRole('slider', { name: 'Seek' });
  element.getBoundingClientRect = () => new DOMRect(100, 0, 400, 24);
  element.setPointerCapture = vi.fn();
  return element;
}
