export { RecordingSanitizer, sanitizeRecording } from './sanitizeRecording';
export type { SanitizeOptions } from './sanitizeRecording';
export { redactQueryParameters } from './redactPayloads';
export { NEUTRALIZED_TAG } from './sanitizeNode';
export type * from './options';
