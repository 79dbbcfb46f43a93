import { NodeType } from '@rrweb/types';
import type { fullSnapshotEvent, serializedNodeWithId } from '@rrweb/types';
import type { Mirror } from 'rrweb-snapshot';
import type { ApplyContext } from './context';
import { mediaStateOf } from './media';
import { setScroll } from './scroll';

/**
 * Tracks the scroll offsets and media states a snapshot starts with, for
 * checkpoints and media sync, in one walk of the serialized tree.
 */
export function recordSnapshotState(
  context: ApplyContext,
  event: fullSnapshotEvent,
  time: number,
): void {
  const { top, left } = event.data.initialOffset;
  setScroll(context, event.data.node.id, left, top);

  const stack: serializedNodeWithId[] = [event.data.node];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === NodeType.Element) {
      const { rr_scrollLeft: x, rr_scrollTop: y } = node.attributes;
      if (typeof x === 'number' || typeof y === 'number') {
        setScroll(context, node.id, Number(x ?? 0), Number(y ?? 0));
      }
      const media = mediaStateOf(node, time);
      if (media) context.media.set(node.id, media);
    }
    if ('childNodes' in node) {
      for (const child of node.childNodes) stack.push(child);
    }
  }
}

/**
 * Shows each textarea's recorded value once. rrweb-snapshot turns the
 * `value` attribute into a text child and also builds the serialized text
 * children, so the value would show twice.
 */
export function fixTextareas(doc: Document, mirror: Mirror): void {
  for (const textarea of doc.querySelectorAll('textarea')) {
    const meta = mirror.getMeta(textarea);
    if (meta?.type !== NodeType.Element) continue;

    const value = meta.attributes.value;
    if (typeof value !== 'string') continue;
    textarea.textContent = value;
    textarea.value = value;
  }
}
