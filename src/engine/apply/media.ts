import { MediaInteractions, NodeType } from '@rrweb/types';
import type { mediaInteractionData, serializedNodeWithId } from '@rrweb/types';
import type { Mirror } from 'rrweb-snapshot';
import type { ApplyContext } from './context';
import { reportMissingNode } from './context';

/** Recorded state of a media element at `time`. */
export interface MediaState {
  /** Playback time (ms) at which `currentTime` was recorded. */
  time: number;
  playing: boolean;
  /** Position in the media, in seconds. */
  currentTime: number;
  rate: number;
  volume: number;
  muted: boolean;
  loop: boolean;
}

/** Maximum drift of a media element before it is re-seeked, in seconds. */
const MAX_DRIFT = 0.3;

/**
 * Records a MediaInteraction (play, pause, seek, volume, rate, muted,
 * loop). The element itself is brought in line by `syncMedia`, which also
 * runs when playback of the replay starts, stops or changes speed.
 */
export function applyMediaInteraction(
  context: ApplyContext,
  data: mediaInteractionData,
) {
  if (!context.mirror.has(data.id)) {
    reportMissingNode(context, 'media', data.id);
    return;
  }

  const previous = context.media.get(data.id) ?? defaultState(context.time);
  const state: MediaState = {
    time: context.time,
    currentTime: data.currentTime ?? positionAt(previous, context.time),
    playing:
      data.type === MediaInteractions.Play
        ? true
        : data.type === MediaInteractions.Pause
          ? false
          : previous.playing,
    rate: data.playbackRate ?? previous.rate,
    volume: data.volume ?? previous.volume,
    muted: data.muted ?? previous.muted,
    loop: data.loop ?? previous.loop,
  };
  context.media.set(data.id, state);
}

/**
 * Sets every recorded media element to its recorded position at
 * playback time `time`. Media plays only while the replay plays, at the
 * recorded rate times the replay speed.
 */
export function syncMedia(
  media: Map<number, MediaState>,
  mirror: Mirror,
  time: number,
  replay: { playing: boolean; speed: number },
) {
  for (const [id, state] of media) {
    const element = mirror.getNode(id) as HTMLMediaElement | null;
    if (!element || !('paused' in element)) continue;

    // This runs on every playback frame; assigning an unchanged value
    // would still fire volumechange and ratechange events.
    const volume = clamp(state.volume, 0, 1);
    const rate = state.rate * replay.speed;
    if (element.volume !== volume) element.volume = volume;
    if (element.muted !== state.muted) element.muted = state.muted;
    if (element.loop !== state.loop) element.loop = state.loop;
    if (element.playbackRate !== rate) element.playbackRate = rate;

    const position = positionAt(state, time, element.duration);
    if (Math.abs(element.currentTime - position) > MAX_DRIFT) {
      element.currentTime = position;
    }

    if (replay.playing && state.playing) {
      // Browsers reject play() that their autoplay policy blocks.
      element.play().catch(() => undefined);
    } else if (!element.paused) {
      element.pause();
    }
  }
}

function positionAt(state: MediaState, time: number, duration = NaN) {
  const elapsed = state.playing ? ((time - state.time) / 1000) * state.rate : 0;
  const position = state.currentTime + Math.max(0, elapsed);
  if (!Number.isFinite(duration) || duration <= 0) return position;
  return state.loop ? position % duration : Math.min(position, duration);
}

/** Reads a media state from a serialized node's `rr_media*` attributes. */
export function mediaStateOf(
  meta: serializedNodeWithId,
  time: number,
): MediaState | null {
  if (meta.type !== NodeType.Element) return null;
  const { attributes } = meta;
  if (attributes.rr_mediaState === undefined) return null;

  const number = (value: unknown, fallback: number) =>
    typeof value === 'number' ? value : fallback;
  return {
    time,
    playing: attributes.rr_mediaState === 'played',
    currentTime: number(attributes.rr_mediaCurrentTime, 0),
    rate: number(attributes.rr_mediaPlaybackRate, 1),
    volume: number(attributes.rr_mediaVolume, 1),
    muted: attributes.rr_mediaMuted === true,
    loop: attributes.rr_mediaLoop === true,
  };
}

function defaultState(time: number): MediaState {
  return {
    time,
    playing: false,
    currentTime: 0,
    rate: 1,
    volume: 1,
    muted: false,
    loop: false,
  };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
