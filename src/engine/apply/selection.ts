import type { selectionData, SelectionRange } from '@rrweb/types';
import type { ApplyContext } from './context';

/** Records the user's text selection; `syncSelection` shows it. */
export function applySelection(context: ApplyContext, data: selectionData) {
  context.selection = data.ranges;
}

/**
 * Selects the recorded ranges in the replayed document. Ranges whose
 * nodes are gone, or whose offsets no longer fit, are skipped.
 */
export function syncSelection(context: ApplyContext) {
  const ranges = context.selection;
  const selection = context.doc.getSelection();
  if (!ranges || !selection) return;

  selection.removeAllRanges();
  for (const recorded of ranges) {
    const range = toRange(context, recorded);
    if (range) selection.addRange(range);
  }
}

function toRange(
  context: ApplyContext,
  { start, startOffset, end, endOffset }: SelectionRange,
): Range | null {
  const startNode = context.mirror.getNode(start);
  const endNode = context.mirror.getNode(end);
  if (!startNode?.isConnected || !endNode?.isConnected) return null;

  try {
    const range = context.doc.createRange();
    range.setStart(startNode, startOffset);
    range.setEnd(endNode, endOffset);
    return range;
  } catch {
    return null;
  }
}
