// Everything in one entry. `reprise/engine`, `reprise/insights` and
// `reprise/heatmap` load no React; `reprise/react` carries the components
// and the store.
export * from './engine';
export * from './insights';
export * from './heatmap';
export * from './react';
