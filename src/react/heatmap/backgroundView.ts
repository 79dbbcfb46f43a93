import { EventType } from '@rrweb/types';
import { isRecording } from '../../events/isRecording';
import { parseRecording } from '../../events/parseRecording';
import type { Recording, RecordingInput } from '../../events/types';
import { createUrlNormalizer } from '../../heatmap/aggregate/normalizeUrl';
import type { UrlNormalizer } from '../../heatmap/aggregate/normalizeUrl';
import {
  checkBreakpoints,
  DEFAULT_BREAKPOINTS,
  widthBucket,
} from '../../heatmap/aggregate/widthBucket';
import { isPlainObject } from '../../events/isPlainObject';

/** The background recording, parsed, with the page and bucket it shows. */
export interface BackgroundView {
  recording: Recording | null;
  page: string;
  bucket: string;
  error: Error | null;
}

/**
 * Parses the background recording and finds the page key and width
 * bucket of its last Meta event at or before `time`, the defaults of the
 * rows a heatmap shows over it.
 */
export function readBackground(
  input: RecordingInput | Recording,
  time: number,
  normalizeUrl: UrlNormalizer | undefined,
  breakpoints: readonly number[] | undefined,
): BackgroundView {
  let recording: Recording;
  try {
    recording = isRecording(input) ? input : parseRecording(input);
  } catch (error) {
    return { recording: null, page: '', bucket: '', error: error as Error };
  }
  let href = '';
  let width = 0;
  for (const event of recording.events) {
    if (event.timestamp - recording.startTime > time) break;
    if (event.type !== EventType.Meta || !isPlainObject(event.data)) continue;
    href = String(event.data.href ?? '');
    width = Number(event.data.width) || 0;
  }
  const sorted = checkBreakpoints(breakpoints ?? DEFAULT_BREAKPOINTS);
  return {
    recording,
    page: createUrlNormalizer(normalizeUrl)(href),
    bucket: widthBucket(width, sorted),
    error: null,
  };
}
