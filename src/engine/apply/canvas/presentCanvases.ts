import { isTag } from '../../dom';
import type { ApplyContext } from '../context';

const PRESENTER = 'canvas';

/**
 * Shows the pixels of the canvases in `ids`. A document without scripting
 * renders a `<canvas>` as its fallback content, never its bitmap (HTML,
 * "the canvas element"), and the replay frame runs no scripts. So each
 * drawn canvas gets an `<img>` child, marked `data-reprise`, whose source
 * is the canvas's pixels.
 */
export function presentCanvases(context: ApplyContext, ids: Iterable<number>) {
  for (const id of ids) {
    const canvas = context.mirror.getNode(id);
    if (!isTag(canvas, 'canvas') || !canvas.isConnected) continue;

    try {
      presenterOf(canvas).src = canvas.toDataURL();
    } catch (error) {
      context.diagnostics.report(
        'canvas:present-failed',
        `Canvas ${id} could not be shown: ${(error as Error).message}`,
      );
    }
  }
}

function presenterOf(canvas: HTMLCanvasElement): HTMLImageElement {
  const existing = canvas.querySelector(`:scope > img[data-reprise]`);
  if (isTag(existing, 'img')) return existing;

  // Sized by the replay styles: the canvas's CSS size when it has one,
  // else the image's natural size, which is the canvas's pixel size.
  const image = canvas.ownerDocument.createElement('img');
  image.setAttribute('data-reprise', PRESENTER);
  image.alt = '';
  canvas.appendChild(image);
  return image;
}
