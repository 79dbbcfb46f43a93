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
// The events layer is part of the headless entry: createReplayer takes a
// recording input and throws RecordingError, so engine-only embedders
// need both without importing anything else.
export * from '../events';
