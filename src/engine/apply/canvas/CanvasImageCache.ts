import { decodeBase64, parseDataUrl } from './base64';
import type { RealmWindow } from './realm';

/** Decoding state of one recorded image. */
export interface CanvasImage {
  status: 'pending' | 'ready' | 'failed';
  /** The decoded pixels once `status` is 'ready'. */
  bitmap: ImageBitmap | null;
}

/**
 * Maximum number of images decoded in parallel, which bounds the memory
 * taken by bytes waiting to be decoded.
 */
const CONCURRENCY = 4;

/**
 * Decoded images of a recording's canvas commands, so that a command is
 * applied synchronously (a seek builds its frame in one go). Images are
 * keyed by their recorded source: the `src` of an HTMLImageElement
 * argument, or the base64 bytes of a Blob. Decoding happens in the replay
 * frame's realm: `data:` URLs and blobs are decoded from their bytes, any
 * other URL through an `<img>` of the replay document, so that the
 * frame's Content-Security-Policy decides whether it may be fetched.
 */
export class CanvasImageCache {
  private readonly bySource = new Map<string, CanvasImage>();
  private readonly byBlob = new Map<string, CanvasImage>();
  private readonly queue: (() => Promise<void>)[] = [];
  private settled: Promise<void> = Promise.resolve();
  private workers = 0;

  constructor(private readonly view: RealmWindow) {}

  /** Resolves once every image added so far is decoded or has failed. */
  get ready(): Promise<void> {
    return this.settled;
  }

  /** Number of distinct images. */
  get size(): number {
    return this.bySource.size + this.byBlob.size;
  }

  /** Returns the image recorded with source URL `src`. */
  source(src: string): CanvasImage | undefined {
    return this.bySource.get(src);
  }

  /** Returns the image recorded as a Blob of these base64 bytes. */
  blob(base64: string): CanvasImage | undefined {
    return this.byBlob.get(base64);
  }

  addSource(src: string): void {
    if (this.bySource.has(src)) return;
    this.bySource.set(
      src,
      this.track(() => this.decodeSource(src)),
    );
  }

  addBlob(base64: string, type: string): void {
    if (this.byBlob.has(base64)) return;
    this.byBlob.set(
      base64,
      this.track(() => this.decodeBlob(decodeBase64(base64, this.view), type)),
    );
  }

  /**
   * Releases the decoded pixels and skips the decoding still queued. No
   * image is ready afterwards, and `ready` still resolves.
   */
  close(): void {
    for (const image of [...this.bySource.values(), ...this.byBlob.values()]) {
      image.bitmap?.close();
      image.bitmap = null;
      image.status = 'failed';
    }
  }

  private track(decode: () => Promise<ImageBitmap>): CanvasImage {
    const image: CanvasImage = { status: 'pending', bitmap: null };
    let finish = (): void => {};
    const done = new Promise<void>((resolve) => (finish = resolve));
    this.settled = Promise.all([this.settled, done]).then(() => undefined);

    this.queue.push(async () => {
      try {
        if (image.status !== 'pending') throw new Error('closed');
        const bitmap = await decode();
        if (image.status === 'pending') {
          image.bitmap = bitmap;
          image.status = 'ready';
        } else {
          bitmap.close();
        }
      } catch {
        image.status = 'failed';
      }
      finish();
    });
    if (this.workers < CONCURRENCY) void this.work();
    return image;
  }

  private async work(): Promise<void> {
    this.workers += 1;
    for (let task = this.queue.shift(); task; task = this.queue.shift()) {
      await task();
    }
    this.workers -= 1;
  }

  private async decodeSource(src: string): Promise<ImageBitmap> {
    const content = parseDataUrl(src, this.view);
    if (content) {
      try {
        return await this.decodeBlob(content.bytes, content.type);
      } catch {
        // Some formats (SVG) decode only through an image element.
      }
    }
    const image = this.view.document.createElement('img');
    image.src = src;
    await image.decode();
    return this.view.createImageBitmap(image);
  }

  private decodeBlob(bytes: Uint8Array, type: string): Promise<ImageBitmap> {
    const blob = new this.view.Blob([bytes as BlobPart], { type });
    return this.view.createImageBitmap(blob);
  }
}
