import type { CanvasContext, canvasMutationCommand } from '@rrweb/types';
import type { CanvasImageCache } from './CanvasImageCache';

/** Save and clip depth of a 2D context, which cannot be read back. */
export interface DrawingStack {
  /** Number of `save()` calls not yet restored. */
  depth: number;
  /** Lowest save depth at which a clip is in force, or null. */
  clipDepth: number | null;
}

export interface Canvas2DTarget {
  kind: '2d';
  context: CanvasRenderingContext2D;
  stack: DrawingStack;
}

export interface WebGLTarget {
  kind: 'webgl';
  type: CanvasContext.WebGL | CanvasContext.WebGL2;
  context: WebGLRenderingContext | WebGL2RenderingContext;
  /**
   * Objects the context created, by type name, in creation order: the
   * indexes that recorded commands refer to them by.
   */
  objects: Map<string, unknown[]>;
  /**
   * Commands applied to this canvas since its context was created. GL
   * state (programs, buffers, textures) cannot be copied, so a checkpoint
   * rebuilds a WebGL canvas by applying them again.
   */
  log: canvasMutationCommand[];
}

/** A canvas's rendering context, with the replay's records about it. */
export type CanvasTarget = Canvas2DTarget | WebGLTarget;

/**
 * Canvas replay state of one replay frame: the rendering context of each
 * canvas drawn on, and the decoded images that frames share. Contexts are
 * keyed by element, so a rebuilt document starts afresh.
 */
export class CanvasReplayState {
  private readonly targets = new WeakMap<HTMLCanvasElement, CanvasTarget>();
  private readonly uploads = new WeakMap<ImageBitmap, HTMLCanvasElement>();

  constructor(readonly images: CanvasImageCache) {}

  target(canvas: HTMLCanvasElement): CanvasTarget | undefined {
    return this.targets.get(canvas);
  }

  setTarget(canvas: HTMLCanvasElement, target: CanvasTarget): void {
    this.targets.set(canvas, target);
  }

  /**
   * Returns a canvas that contains `bitmap`, for WebGL uploads. WebGL
   * ignores `UNPACK_FLIP_Y_WEBGL` and `UNPACK_PREMULTIPLY_ALPHA_WEBGL` for
   * an ImageBitmap source but applies them to a canvas, as it did to the
   * recorded image element.
   */
  uploadSource(bitmap: ImageBitmap, doc: Document): HTMLCanvasElement {
    let canvas = this.uploads.get(bitmap);
    if (!canvas) {
      canvas = doc.createElement('canvas');
      canvas.width = bitmap.width;
      canvas.height = bitmap.height;
      canvas.getContext('2d')?.drawImage(bitmap, 0, 0);
      this.uploads.set(bitmap, canvas);
    }
    return canvas;
  }
}
