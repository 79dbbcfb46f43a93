import { EventType, IncrementalSource } from '@rrweb/types';
import type { eventWithTime } from '@rrweb/types';
import { createCache, createMirror, rebuild } from 'rrweb-snapshot';
import { afterEach } from 'vitest';
import {
  applyCanvasMutation,
  CanvasReplayState,
  paintCanvasImages,
  preloadCanvasImages,
  withoutCanvasImages,
} from '../../src/engine/apply/canvas';
import type {
  CanvasApplyContext,
  CanvasImageCache,
} from '../../src/engine/apply/canvas';
import { DiagnosticsCollector } from '../../src/engine/diagnostics';
import { OFFLINE_POLICY, ReplayFrame } from '../../src/engine/frame';
import { createRoot } from './recordings';

/** Id of the canvas that `openFrame` streams usually draw on. */
export const CANVAS = 10;

const frames: ReplayFrame[] = [];
afterEach(() => {
  for (const frame of frames.splice(0)) frame.destroy();
});

/**
 * Builds a replay frame from the snapshot in `events` and an applier
 * context, so canvas appliers can be tested without the whole engine.
 * Frames are destroyed after each test.
 */
export function openFrame(events: eventWithTime[], images?: CanvasImageCache) {
  const frame = new ReplayFrame(createRoot(), OFFLINE_POLICY, () => {});
  frames.push(frame);
  frame.prepareBlankDocument();
  const snapshot = events.find(
    (event) => event.type === EventType.FullSnapshot,
  );
  if (snapshot?.type !== EventType.FullSnapshot) {
    throw new Error('The stream has no full snapshot.');
  }

  const mirror = createMirror();
  const cache = createCache();
  const node = withoutCanvasImages(snapshot.data.node);
  rebuild(node, { doc: frame.document, mirror, cache });
  const cacheOfImages = images ?? preloadCanvasImages(events, frame.window!);
  const context: CanvasApplyContext = {
    doc: frame.document,
    pageUrl: '',
    mirror,
    cache,
    diagnostics: new DiagnosticsCollector(),
    eventIndex: 0,
    time: 0,
    sync: true,
    pendingScrolls: new Map(),
    scrolls: new Map(),
    changedSheets: new Set(),
    sheets: new Map(),
    adoptions: new Map(),
    changedCanvases: new Set(),
    dirtyCanvases: new Set(),
    media: new Map(),
    canvas: new CanvasReplayState(cacheOfImages),
    fonts: new Map(),
    selection: null,
  };

  return {
    frame,
    context,
    images: cacheOfImages,
    canvas: (id = CANVAS) => mirror.getNode(id) as HTMLCanvasElement,
    apply(stream: eventWithTime[]) {
      stream.forEach((event, index) => {
        if (event.type !== EventType.IncrementalSnapshot) return;
        if (event.data.source !== IncrementalSource.CanvasMutation) return;
        context.eventIndex = index;
        applyCanvasMutation(context, event.data);
      });
    },
    codes: () => context.diagnostics.list().map(({ code }) => code),
    paintSnapshot: () => paintCanvasImages(context, snapshot.data.node),
  };
}

/** Reads the RGBA of one pixel of any canvas through a 2D copy. */
export function pixel(
  canvas: HTMLCanvasElement,
  x: number,
  y: number,
): number[] {
  const copy = document.createElement('canvas');
  copy.width = canvas.width;
  copy.height = canvas.height;
  const context = copy.getContext('2d')!;
  context.drawImage(canvas, 0, 0);
  return [...context.getImageData(x, y, 1, 1).data];
}
