import type { HeatmapMode } from './HeatmapContext';

/** Plural noun for what each mode counts, for labels and tooltips. */
export const MODE_NOUNS: Record<HeatmapMode, string> = {
  click: 'clicks',
  rage: 'rage clicks',
  dead: 'dead clicks',
  move: 'pointer samples',
  scroll: 'sessions',
};

/** Title of each mode, for headings and the canvas's accessible name. */
export const MODE_TITLES: Record<HeatmapMode, string> = {
  click: 'Click heatmap',
  rage: 'Rage click heatmap',
  dead: 'Dead click heatmap',
  move: 'Movement heatmap',
  scroll: 'Scroll-depth map',
};
