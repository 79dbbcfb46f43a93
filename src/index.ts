export * from './events';
export * from './engine';
export * from './store';
export * from './react';
export * from './insights';
