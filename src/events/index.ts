export { parseRecording } from './parseRecording';
export { RecordingError, isRecordingError } from './RecordingError';
export type {
  RecordingErrorCode,
  RecordingErrorOptions,
} from './RecordingError';
export type { ParseDiagnosticCode } from './DiagnosticTally';
export { RECORDING_WRAPPER_KEYS } from './readEventList';
export type {
  Diagnostic,
  Recording,
  RecordingInput,
  ReplayEvent,
} from './types';
