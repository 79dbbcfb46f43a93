import { isRecording } from '../events/isRecording';
import { parseRecording } from '../events/parseRecording';
import type { Recording, RecordingInput } from '../events/types';
import type { CreateReplayerOptions } from './options';
import { ReplayEngine } from './ReplayEngine';
import type { Replayer } from './types';

/**
 * Creates the headless replay engine for a recording and builds its first
 * frame inside a sandboxed iframe in `options.root`.
 *
 * @throws RecordingError when the input cannot be replayed at all.
 */
export function createReplayer(
  input: RecordingInput | Recording,
  options: CreateReplayerOptions,
): Replayer {
  const root = (options as Partial<CreateReplayerOptions> | undefined)?.root;
  if (!root?.isConnected) {
    throw new TypeError(
      'createReplayer needs options.root: an element attached to the ' +
        'document, which the replay iframe is created in.',
    );
  }
  const recording = isRecording(input) ? input : parseRecording(input);
  return new ReplayEngine(recording, options);
}
