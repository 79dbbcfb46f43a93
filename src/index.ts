// Everything in one entry. `reprise/engine` and `reprise/insights` load
// no React; `reprise/react` carries the components and the store.
export * from './engine';
export * from './insights';
export * from './react';
