import { paletteColor } from './palettes';
import type { PaletteName } from './palettes';
import type { ValueScale } from './scales';

/** One mark of a legend. */
export interface LegendStop {
  /** Scale position, 0 to 1. */
  position: number;
  color: string;
  /** Density at this position. */
  value: number;
}

/**
 * Returns `count` evenly spaced legend stops (at least 2) for a scale
 * and palette, with the density each stands for.
 */
export function legendStops(
  scale: ValueScale,
  palette: PaletteName,
  count = 5,
): LegendStop[] {
  const stops = Math.max(2, Math.floor(count));
  return Array.from({ length: stops }, (_, i) => {
    const position = i / (stops - 1);
    return {
      position,
      color: paletteColor(palette, position),
      value: scale.toValue(position),
    };
  });
}

/** CSS `linear-gradient()` through the palette, left to right. */
export function legendGradient(palette: PaletteName, steps = 11): string {
  const colors = Array.from({ length: steps }, (_, i) => {
    const t = i / (steps - 1);
    return `${paletteColor(palette, t)} ${Math.round(t * 100)}%`;
  });
  return `linear-gradient(to right, ${colors.join(', ')})`;
}
