export { createReplayer, MAX_SPEED, MIN_SPEED } from './createReplayer';
export type { CreateReplayerOptions } from './createReplayer';
export type { FrameScheduler } from './clock';
export type * from './types';
