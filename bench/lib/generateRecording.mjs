import { loopRecording } from './loopRecording.mjs';
import { createRandom } from './random.mjs';
import { readRecording } from './readRecording.mjs';
import { IDLE } from './recordingSpecs.mjs';

/**
 * Builds the events of one generated recording. Deterministic: the same
 * spec always gives the same events.
 * @param {import('./recordingSpecs.mjs').GeneratedSpec} spec
 */
export function generateRecording(spec) {
  const { events, stats } = loopRecording(readRecording(spec.base), {
    durationMs: spec.durationMs,
    random: createRandom(spec.seed),
    idleChance: IDLE.chance,
    idleRangeMs: IDLE.rangeMs,
    ...(spec.ticker ? { ticker: spec.ticker } : {}),
  });
  return { events, stats };
}
