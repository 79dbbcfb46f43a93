export { createReplayer } from './createReplayer';
export { MAX_SPEED, MIN_SPEED } from './options';
export type { CreateReplayerOptions } from './options';
export type { CheckpointOptions } from './CheckpointIndex';
export type { FrameScheduler } from './clock';
export type * from './types';
export { redactQueryParameters, sanitizeRecording } from './sanitize';
export type {
  AssetKind,
  AssetPolicy,
  AssetRequest,
  AssetResolver,
  PayloadRedactor,
  PrivacyOptions,
  RedactionHooks,
  SanitizeOptions,
} from './sanitize';
