import type { AnalyzeOptions } from '../insights/analyzeRecording';
import type { CheckpointOptions } from './CheckpointIndex';
import type { FrameScheduler } from './clock';
import type { AssetPolicy, PrivacyOptions } from './sanitize/options';
import type { ReplayerOptions } from './types';

export const MIN_SPEED = 0.25;
export const MAX_SPEED = 16;

export interface CreateReplayerOptions extends ReplayerOptions, PrivacyOptions {
  /**
   * Which recorded images, fonts and style sheets the replayed page may
   * fetch: `'none'`, `'original'` or a function that rewrites each URL
   * (to a proxy, say). `'none'` by default, so opening a recording never
   * contacts the recorded site, which would tell it who watches and
   * when, and never sends the viewer's cookies anywhere.
   * @default 'none'
   */
  assets?: AssetPolicy;
  /** Time and frame source, for tests. @default requestAnimationFrame */
  scheduler?: FrameScheduler;
  /**
   * Tuning of the seek checkpoints built in the background, or false to
   * seek by replaying from the last full snapshot.
   * @default {}
   */
  checkpoints?: CheckpointOptions | false;
  /** Jump over stretches without user activity while playing. @default false */
  skipInactive?: boolean;
  /** Options for finding clicks, errors and inactive periods. @default {} */
  insights?: AnalyzeOptions;
}

export function clampSpeed(speed: number): number {
  if (!Number.isFinite(speed)) return 1;
  return Math.min(MAX_SPEED, Math.max(MIN_SPEED, speed));
}

export function clampTime(time: number, duration: number): number {
  if (!Number.isFinite(time)) return 0;
  return Math.min(duration, Math.max(0, time));
}
