export * from './events';
export * from './engine';
