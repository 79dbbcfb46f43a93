export {
  aggregateHeatmap,
  createAggregation,
} from './aggregate/aggregateHeatmap';
export type {
  AggregateOptions,
  Aggregation,
  HeatmapSource,
} from './aggregate/aggregateHeatmap';
export type { SessionClick, SessionFacts } from './aggregate/collectSession';
export { createReplayBoxMeasurer } from './aggregate/createReplayBoxMeasurer';
export type { ReplayBoxOptions } from './aggregate/createReplayBoxMeasurer';
export type { BoxMeasurer, ElementBox } from './aggregate/ElementBox';
export { HeatmapAggregator } from './aggregate/HeatmapAggregator';
export { createUrlNormalizer } from './aggregate/normalizeUrl';
export type { UrlNormalization, UrlNormalizer } from './aggregate/normalizeUrl';
export { selectorPath } from './aggregate/selectorPath';
export {
  bucketLabels,
  DEFAULT_BREAKPOINTS,
  widthBucket,
} from './aggregate/widthBucket';
export { DensityGrid } from './render/DensityGrid';
export type { PointSet } from './render/DensityGrid';
export { legendGradient, legendStops } from './render/legend';
export type { LegendStop } from './render/legend';
export { paletteColor, paletteTable, PALETTES } from './render/palettes';
export type { OpacityRamp, PaletteName } from './render/palettes';
export {
  colorize,
  computeHeatmap,
  drawHeatmap,
  measurePeak,
  renderHeatmap,
} from './render/renderHeatmap';
export type {
  HeatmapCanvas,
  HeatmapPeak,
  HeatmapRendering,
  RenderOptions,
} from './render/renderHeatmap';
export { createValueScale } from './render/scales';
export type { ScaleKind, ValueScale } from './render/scales';
export { elementsAt, locateInDocument, placeRows } from './rows/placeRows';
export type {
  LocateElement,
  PlacedElement,
  PlacedRows,
} from './rows/placeRows';
export { scrollDepth } from './rows/scrollDepth';
export type { DepthShare, ScrollDepth } from './rows/scrollDepth';
export { listPages, selectRows } from './rows/selectRows';
export type { RowFilter } from './rows/selectRows';
export { topElements } from './rows/topElements';
export type { ElementCount } from './rows/topElements';
export { HEATMAP_KINDS } from './types';
export type {
  FallbackCounts,
  HeatmapData,
  HeatmapKind,
  HeatmapRow,
  HeatmapStats,
} from './types';
export { aggregateInWorker } from './worker/aggregateInWorker';
export type { WorkerOptions } from './worker/aggregateInWorker';
export type {
  WorkerAggregateOptions,
  WorkerRecording,
} from './worker/protocol';
export { renderScrollDepth } from './render/renderScrollDepth';
export type { ScrollDepthRenderOptions } from './render/renderScrollDepth';
export { exportHeatmapPng } from './render/exportPng';
export type { PngExportOptions } from './render/exportPng';
