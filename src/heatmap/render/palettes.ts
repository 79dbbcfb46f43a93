import {
  interpolateBlues,
  interpolateInferno,
  interpolateMagma,
  interpolateTurbo,
  interpolateViridis,
  interpolateYlOrRd,
} from 'd3-scale-chromatic';

/** Colour schemes from d3-scale-chromatic, low values first. */
export const PALETTES = {
  turbo: interpolateTurbo,
  inferno: interpolateInferno,
  magma: interpolateMagma,
  viridis: interpolateViridis,
  ylOrRd: interpolateYlOrRd,
  blues: interpolateBlues,
} as const;

export type PaletteName = keyof typeof PALETTES;

/** Entries in a colour lookup table. */
export const LUT_SIZE = 256;

/** Opacity ramp of a palette: transparent near zero, `opacity` at the top. */
export interface OpacityRamp {
  /** Opacity of the highest value, 0 to 1. @default 0.85 */
  opacity?: number | undefined;
  /** Share of the scale over which opacity rises from 0. @default 0.25 */
  fadeIn?: number | undefined;
}

/**
 * Builds a 256-entry RGBA table for `palette`: entry i is the colour of
 * scale position i / 255. Values at 0 are fully transparent.
 * @throws RangeError for an unknown palette name.
 */
export function paletteTable(
  palette: PaletteName,
  ramp: OpacityRamp = {},
): Uint8ClampedArray {
  const interpolate = PALETTES[palette] as ((t: number) => string) | undefined;
  if (!interpolate) {
    throw new RangeError(
      `Unknown heatmap palette ${JSON.stringify(palette)}; expected one of ` +
        `${Object.keys(PALETTES).join(', ')}.`,
    );
  }
  const opacity = ramp.opacity ?? 0.85;
  const fadeIn = Math.max(1e-6, ramp.fadeIn ?? 0.25);
  const table = new Uint8ClampedArray(LUT_SIZE * 4);

  for (let i = 0; i < LUT_SIZE; i++) {
    const t = i / (LUT_SIZE - 1);
    const [r, g, b] = parseColor(interpolate(t));
    table[i * 4] = r;
    table[i * 4 + 1] = g;
    table[i * 4 + 2] = b;
    table[i * 4 + 3] =
      i === 0 ? 0 : Math.round(255 * opacity * Math.min(1, t / fadeIn));
  }
  return table;
}

/** Returns the CSS colour of scale position `t` (0 to 1) in `palette`. */
export function paletteColor(palette: PaletteName, t: number): string {
  return PALETTES[palette](Math.min(1, Math.max(0, t)));
}

/** Reads `#rrggbb` or `rgb(r, g, b)`, the forms d3's interpolators return. */
function parseColor(color: string): [number, number, number] {
  if (color.startsWith('#') && color.length === 7) {
    const value = Number.parseInt(color.slice(1), 16);
    return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
  }
  const parts = color.match(/[\d.]+/g)?.map(Number) ?? [];
  return [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0];
}
