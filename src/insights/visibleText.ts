import { NodeType } from '@rrweb/types';
import type { IndexedNode, NodeIndex } from './NodeIndex';

/**
 * Elements whose content is not text a person reads on the page, or is
 * what they typed (form fields), which must never appear in insights.
 */
const SKIPPED_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'textarea',
  'input',
  'select',
]);

/**
 * Upper bound on nodes visited per call, so describing a click on a large
 * container stays cheap and a whole recording stays linear in its events.
 */
const MAX_VISITED_NODES = 400;

/**
 * Returns the text shown inside node `id`: its descendants' text nodes
 * in document order, whitespace collapsed, cut to `maxLength` characters
 * with an ellipsis. Returns '' when there is none.
 */
export function visibleText(
  index: NodeIndex,
  id: number,
  maxLength: number,
): string {
  const root = index.get(id);
  if (!root) return '';
  if (root.type === NodeType.Text) return truncate(root.text ?? '', maxLength);

  let collected = '';
  let visited = 0;
  const enough = maxLength * 2 + 40;
  let current = root.firstChildId;

  while (current !== undefined && visited < MAX_VISITED_NODES) {
    const node = index.get(current);
    if (!node) break;
    visited += 1;

    if (node.type === NodeType.Text) {
      collected += ` ${(node.text ?? '').slice(0, enough)}`;
    }
    if (collected.length > enough) break;

    const descend =
      node.firstChildId !== undefined && !SKIPPED_TAGS.has(node.tagName ?? '');
    current = descend ? node.firstChildId : nextInOrder(index, node, id);
  }
  return truncate(collected, maxLength);
}

/**
 * Collapses whitespace and cuts `text` to `maxLength` characters,
 * ellipsis included, at a word boundary when one is in the second half.
 */
export function truncate(text: string, maxLength: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= maxLength) return clean;

  const cut = clean.slice(0, Math.max(0, maxLength - 1));
  const space = cut.lastIndexOf(' ');
  const kept = space >= maxLength / 2 ? cut.slice(0, space) : cut;
  return `${kept.trimEnd()}…`;
}

/**
 * Returns the node after `node`'s subtree in document order, inside the
 * subtree of `rootId`.
 */
function nextInOrder(
  index: NodeIndex,
  node: IndexedNode,
  rootId: number,
): number | undefined {
  let current: IndexedNode | undefined = node;

  while (current && current.id !== rootId) {
    if (current.nextSiblingId !== undefined) return current.nextSiblingId;
    if (current.parentId === rootId || current.parentId === undefined) break;
    current = index.get(current.parentId);
  }
  return undefined;
}
