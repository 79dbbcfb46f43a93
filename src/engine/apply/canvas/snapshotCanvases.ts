import { CanvasContext, NodeType } from '@rrweb/types';
import type { serializedNodeWithId } from '@rrweb/types';
import { isTag } from '../../dom';
import { quote } from './args';
import type { CanvasApplyContext } from './applyCanvasMutation';
import { reportCanvasProblem } from './canvasDiagnostics';
import { canvasTarget } from './canvasTarget';

/** Returns the image (`rr_dataURL`) a snapshot recorded for a canvas. */
function recordedImage(node: serializedNodeWithId): string | null {
  if (node.type !== NodeType.Element || node.tagName !== 'canvas') return null;
  const url = node.attributes.rr_dataURL;
  return typeof url === 'string' ? url : null;
}

/** Calls `visit` for each canvas of a serialized tree that has an image. */
export function forEachCanvasImage(
  root: serializedNodeWithId,
  visit: (id: number, url: string) => void,
): void {
  const stack = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    const url = recordedImage(node);
    if (url !== null) visit(node.id, url);
    if (!('childNodes' in node)) continue;
    for (const child of node.childNodes) stack.push(child);
  }
}

/**
 * Returns the tree without canvas images, for rrweb-snapshot to build.
 * rrweb-snapshot draws them once they load, which is after a seek has
 * applied later commands, so it draws over them. Only the nodes on the
 * path to such a canvas are copied, and a tree without canvas images is
 * returned as is. Paint the images with `paintCanvasImages` once the
 * nodes are in the mirror.
 */
export function withoutCanvasImages(
  node: serializedNodeWithId,
): serializedNodeWithId {
  if (recordedImage(node) !== null && node.type === NodeType.Element) {
    const attributes = { ...node.attributes };
    delete attributes.rr_dataURL;
    return { ...node, attributes };
  }
  if (!('childNodes' in node)) return node;

  const childNodes = node.childNodes.map(withoutCanvasImages);
  const changed = childNodes.some((child, i) => child !== node.childNodes[i]);
  return changed ? { ...node, childNodes } : node;
}

/**
 * Draws the recorded images of the canvases in a serialized tree, from
 * the preloaded cache, synchronously, and marks them changed. A canvas
 * drawn here gets a 2D context, as it would in rrweb's own replay.
 */
export function paintCanvasImages(
  context: CanvasApplyContext,
  root: serializedNodeWithId,
): void {
  forEachCanvasImage(root, (id, url) => {
    const canvas = context.mirror.getNode(id);
    if (!isTag(canvas, 'canvas')) return;
    const image = context.canvas.images.source(url);
    if (image?.status !== 'ready' || !image.bitmap) {
      reportCanvasProblem(context, 'image-not-ready', quote(url));
      return;
    }

    const target = canvasTarget(
      context,
      context.canvas,
      canvas,
      CanvasContext['2D'],
    );
    if (target?.kind !== '2d') return;
    target.context.drawImage(image.bitmap, 0, 0);
    context.changedCanvases.add(id);
  });
}
