import { IncrementalSource, MediaInteractions } from '@rrweb/types';
import { afterEach, expect, test } from 'vitest';
import { createReplayer } from '../../src/engine';
import type { Replayer } from '../../src/engine';
import { createRoot } from '../support/recordings';
import { basePage, element, incremental } from '../support/stream';

let replayer: Replayer | undefined;
afterEach(() => replayer?.destroy());

const media = (time: number, type: MediaInteractions, fields = {}) =>
  incremental(time, {
    source: IncrementalSource.MediaInteraction,
    type,
    id: 10,
    ...fields,
  });

const events = [
  ...basePage([
    element(10, 'video', {
      rr_mediaState: 'paused',
      rr_mediaCurrentTime: 5,
      rr_mediaVolume: 1,
    }),
  ]),
  media(1000, MediaInteractions.Play, { currentTime: 5 }),
  media(3000, MediaInteractions.Pause, { currentTime: 7 }),
  media(4000, MediaInteractions.VolumeChange, { volume: 0.5, muted: true }),
  media(5000, MediaInteractions.RateChange, { playbackRate: 2 }),
  media(6000, MediaInteractions.Play, { currentTime: 7 }),
  media(6000, MediaInteractions.Seeked, { currentTime: 20 }),
  // Extends the recording past the last media event.
  incremental(8000, {
    source: IncrementalSource.MouseMove,
    positions: [{ x: 1, y: 1, id: 10, timeOffset: 0 }],
  }),
];

test('media position follows the recording', async () => {
  replayer = createReplayer(events, { root: createRoot() });
  // Seeks may restore a checkpoint, which replaces the element.
  const video = () => replayer!.getNode(10) as HTMLVideoElement;

  await replayer.seek(500);
  expect(video().currentTime).toBe(5);
  await replayer.seek(2000);
  expect(video().currentTime).toBeCloseTo(6, 1);
  // The replay is paused, so the video is too, even where it played.
  expect(video().paused).toBe(true);

  await replayer.seek(3500);
  expect(video().currentTime).toBeCloseTo(7, 1);
  await replayer.seek(4500);
  expect(video().volume).toBe(0.5);
  expect(video().muted).toBe(true);
  await replayer.seek(7000);
  // Seeked to 20 s at 6 s, playing at twice the speed since 5 s.
  expect(video().currentTime).toBeCloseTo(22, 1);
  expect(video().playbackRate).toBe(2);
});

test('media plays only while the replay plays', async () => {
  // Muted, because browsers reject play() of unmuted media that no user
  // gesture started.
  const muted = [...events];
  muted.splice(
    2,
    0,
    media(900, MediaInteractions.VolumeChange, { muted: true }),
  );
  replayer = createReplayer(muted, { root: createRoot() });
  const video = () => replayer!.getNode(10) as HTMLVideoElement;
  await replayer.seek(1500);
  replayer.setSpeed(2);
  expect(video().muted).toBe(true);

  replayer.play();
  expect(video().paused).toBe(false);
  expect(video().playbackRate).toBe(2);
  replayer.pause();
  expect(video().paused).toBe(true);
});
