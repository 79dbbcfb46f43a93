import { EventType, IncrementalSource } from '@rrweb/types';
import type { canvasMutationCommand, serializedNodeWithId } from '@rrweb/types';
import type { ReplayEvent } from '../../../events/types';
import { blobSource, isRecord, MAX_ARG_DEPTH } from './args';
import { CanvasImageCache } from './CanvasImageCache';
import { realmOf } from './realm';
import { forEachCanvasImage } from './snapshotCanvases';

/**
 * Starts decoding every image that the recording's canvas commands draw,
 * and the images snapshots recorded for canvases (`rr_dataURL`), in the
 * realm of `view` (the replay frame's window), and returns the cache the
 * appliers read them from. Await `cache.ready` before a frame that draws
 * them must be exact.
 */
export function preloadCanvasImages(
  events: readonly ReplayEvent[],
  view: Window,
): CanvasImageCache {
  const cache = createCanvasImageCache(view);
  collectCanvasImages(events, cache);
  return cache;
}

/** Creates an empty image cache that decodes in the realm of `view`. */
export function createCanvasImageCache(view: Window): CanvasImageCache {
  return new CanvasImageCache(realmOf(view.document));
}

/**
 * Starts decoding the images of `events` into `cache`: what their canvas
 * commands draw and what snapshots recorded for canvases.
 */
export function collectCanvasImages(
  events: readonly ReplayEvent[],
  cache: CanvasImageCache,
): void {
  const addImage = (_id: number, url: string) => cache.addSource(url);

  for (const event of events) {
    if (event.type === EventType.FullSnapshot) {
      forEachCanvasImage(event.data.node, addImage);
    }
    if (event.type !== EventType.IncrementalSnapshot) continue;
    const { data } = event;
    if (data.source === IncrementalSource.Mutation) {
      // The sanitizer keeps adds it cannot read as they are.
      const adds: unknown = data.adds;
      if (!Array.isArray(adds)) continue;
      for (const add of adds) {
        if (isRecord(add) && isRecord(add.node)) {
          forEachCanvasImage(add.node as serializedNodeWithId, addImage);
        }
      }
    }
    if (data.source !== IncrementalSource.CanvasMutation) continue;

    const commands: unknown = 'commands' in data ? data.commands : [data];
    if (!Array.isArray(commands)) continue;
    for (const command of commands) addCommandImages(cache, command);
  }
}

function addCommandImages(cache: CanvasImageCache, command: unknown): void {
  if (!isRecord(command)) return;
  const { args, property } = command as Partial<canvasMutationCommand>;
  if (!Array.isArray(args)) return;

  // rrweb 1.x recorded the image of drawImage as its URL string.
  if (property === 'drawImage' && typeof args[0] === 'string') {
    cache.addSource(args[0]);
  }
  for (const arg of args) addArgImages(cache, arg, 0);
}

function addArgImages(cache: CanvasImageCache, arg: unknown, depth: number) {
  if (depth > MAX_ARG_DEPTH) return;
  if (Array.isArray(arg)) {
    for (const item of arg) addArgImages(cache, item, depth + 1);
    return;
  }
  if (!isRecord(arg)) return;

  if (arg.rr_type === 'HTMLImageElement' && typeof arg.src === 'string') {
    cache.addSource(arg.src);
  } else if (arg.rr_type === 'ImageBitmap') {
    const blob = blobSource(arg);
    if (blob) cache.addBlob(blob.base64, blob.type);
  } else if (Array.isArray(arg.args)) {
    addArgImages(cache, arg.args, depth + 1);
  }
}
