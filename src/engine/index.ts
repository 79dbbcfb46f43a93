export { createReplayer } from './createReplayer';
export { MAX_SPEED, MIN_SPEED } from './options';
export type { CreateReplayerOptions } from './options';
export type { CheckpointOptions } from './CheckpointIndex';
export type { FrameScheduler } from './clock';
export type * from './types';
// The events layer is part of the headless entry: createReplayer takes a
// recording input and throws RecordingError, so engine-only embedders
// need both without importing anything else.
export * from '../events';
