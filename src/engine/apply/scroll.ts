import type { scrollData } from '@rrweb/types';
import { isDocumentNode, isElementNode } from '../dom';
import type { ApplyContext } from './context';
import { reportMissingNode } from './context';

/**
 * Applies a Scroll event to the window (when the id is the document's) or
 * to an element. During a seek the offset is only recorded: see
 * `ApplyContext.pendingScrolls`.
 */
export function applyScroll(context: ApplyContext, data: scrollData) {
  if (!context.mirror.has(data.id)) {
    reportMissingNode(context, 'scroll', data.id);
    return;
  }
  setScroll(context, data.id, data.x, data.y);
}

/** Records a node's scroll offset and applies it, or defers it in a seek. */
export function setScroll(
  context: ApplyContext,
  id: number,
  x: number,
  y: number,
) {
  context.scrolls.set(id, { x, y });
  if (context.sync) {
    context.pendingScrolls.set(id, { x, y });
    return;
  }
  scrollNode(context, id, x, y);
}

/**
 * Applies the offsets collected during a seek, once the frame is built.
 * Nodes removed after their scroll event are skipped: they have nothing
 * left to show, and their offsets are forgotten.
 */
export function flushScrolls(context: ApplyContext) {
  for (const [id, { x, y }] of context.pendingScrolls) {
    if (context.mirror.has(id)) scrollNode(context, id, x, y);
    else context.scrolls.delete(id);
  }
  context.pendingScrolls.clear();
}

function scrollNode(context: ApplyContext, id: number, x: number, y: number) {
  const node = context.mirror.getNode(id);

  // behavior 'instant', not 'auto': 'auto' follows a recorded
  // `scroll-behavior: smooth` and would animate every jump.
  if (isDocumentNode(node)) {
    node.defaultView?.scrollTo({ left: x, top: y, behavior: 'instant' });
  } else if (isElementNode(node)) {
    node.scrollTo({ left: x, top: y, behavior: 'instant' });
  } else {
    reportMissingNode(context, 'scroll', id);
  }
}
