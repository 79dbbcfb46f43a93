import { NodeType } from '@rrweb/types';
import type {
  addedNodeMutation,
  mutationData,
  removedNodeMutation,
  serializedNodeWithId,
  textMutation,
} from '@rrweb/types';
import { adaptCssForReplay, buildNodeWithSN } from 'rrweb-snapshot';
import { applyAttributeChanges } from './attributes';
import type { ApplyContext } from './context';
import { reportMissingNode } from './context';
import { isDocumentNode, isElementNode, isTag } from '../dom';
import { paintCanvasImages, withoutCanvasImages } from './canvas';
import { flushScrolls } from './scroll';
import { applyPendingAdoption } from './styleSheets';
import { localizeElementReferences } from './urls';

/**
 * Applies one Mutation event in the recorder's order: removes, adds, texts,
 * then attributes.
 */
export function applyMutation(context: ApplyContext, data: mutationData) {
  applyRemoves(context, data.removes);
  applyAdds(context, data.adds);
  applyTexts(context, data.texts);
  applyAttributeChanges(context, data.attributes);
  if (!context.sync) flushScrolls(context);
}

function applyRemoves(context: ApplyContext, removes: removedNodeMutation[]) {
  const removed = new Set<number>();

  for (const { id, parentId } of removes) {
    removed.add(id);
    const node = context.mirror.getNode(id);
    // The recorder also lists descendants of a node it removes; they left
    // the mirror with that node.
    if (!node && removed.has(parentId)) continue;
    if (!node) {
      reportMissingNode(context, 'remove', id);
      continue;
    }
    node.parentNode?.removeChild(node);
    context.mirror.removeNodeFromMap(node);
  }
}

/**
 * Builds every added node first, then inserts them. An add may name a
 * parent or next sibling that appears later in the same batch, so a node is
 * inserted only after its next sibling has been. The walk is iterative
 * because sibling chains can be thousands long.
 */
function applyAdds(context: ApplyContext, adds: addedNodeMutation[]) {
  const pending = new Map<number, addedNodeMutation>();
  const documents: addedNodeMutation[] = [];

  for (const add of adds) {
    if (add.node.type === NodeType.Document) {
      documents.push(add);
    } else if (buildNode(context, add)) {
      pending.set(add.node.id, add);
    }
  }

  const placed = new Set<number>();
  for (const add of pending.values()) {
    placeWithSiblings(context, add, pending, placed);
  }
  for (const add of documents) attachIframeDocument(context, add);
}

function buildNode(context: ApplyContext, add: addedNodeMutation): boolean {
  const { mirror, cache } = context;
  const owner = add.node.rootId ? mirror.getNode(add.node.rootId) : null;
  const doc = isDocumentNode(owner) ? owner : context.doc;

  // rrweb-snapshot would draw a canvas's recorded image once it loads,
  // over commands applied meanwhile; it is drawn from the preloaded cache.
  const node = buildNodeWithSN(withoutCanvasImages(add.node), {
    doc,
    mirror,
    hackCss: true,
    cache,
  });
  if (node) {
    paintCanvasImages(context, add.node);
    prepareBuiltNode(context, add.node, node);
    return true;
  }

  context.diagnostics.report(
    'unbuildable-node',
    `Node ${add.node.id} could not be rebuilt and was skipped.`,
    context.eventIndex,
  );
  return false;
}

/**
 * Finishes a node built by a mutation the way a full snapshot rebuild
 * would: scroll offsets, adopted sheets and textarea values.
 */
function prepareBuiltNode(
  context: ApplyContext,
  serialized: serializedNodeWithId,
  node: Node,
) {
  if (context.adoptions.has(serialized.id)) {
    applyPendingAdoption(context, serialized.id);
  }
  if (serialized.type !== NodeType.Element) return;
  if (isElementNode(node)) localizeElementReferences(node, context.pageUrl);
  if (isTag(node, 'canvas')) context.dirtyCanvases.add(serialized.id);

  const { rr_scrollLeft: x, rr_scrollTop: y, value } = serialized.attributes;
  if (typeof x === 'number' || typeof y === 'number') {
    // The node is not in the document yet: scroll once it is placed.
    const offset = { x: Number(x ?? 0), y: Number(y ?? 0) };
    context.scrolls.set(serialized.id, offset);
    context.pendingScrolls.set(serialized.id, offset);
  }
  if (isTag(node, 'textarea') && typeof value === 'string') {
    node.textContent = value;
    node.value = value;
  }
}

function placeWithSiblings(
  context: ApplyContext,
  first: addedNodeMutation,
  pending: Map<number, addedNodeMutation>,
  placed: Set<number>,
) {
  const stack = [first];
  const visiting = new Set<number>();

  while (stack.length > 0) {
    const add = stack[stack.length - 1]!;
    const id = add.node.id;
    if (placed.has(id)) {
      stack.pop();
      continue;
    }

    const next = add.nextId == null ? undefined : pending.get(add.nextId);
    if (next && !placed.has(next.node.id) && !visiting.has(id)) {
      visiting.add(id);
      stack.push(next);
      continue;
    }

    stack.pop();
    placed.add(id);
    insertNode(context, add);
  }
}

function insertNode(context: ApplyContext, add: addedNodeMutation) {
  const { mirror } = context;
  const node = mirror.getNode(add.node.id);
  let parent: Node | null = mirror.getNode(add.parentId);
  if (!node) return;
  if (!parent) {
    reportMissingNode(context, 'parent', add.parentId);
    return;
  }

  if (add.node.isShadow && isElementNode(parent)) {
    parent = parent.shadowRoot ?? parent.attachShadow({ mode: 'open' });
  }
  const reference = findReference(context, add, parent);
  parent.insertBefore(node, reference);

  if (node.nodeType === Node.TEXT_NODE && isTag(parent, 'style')) {
    node.textContent = adaptCssForReplay(node.textContent ?? '', context.cache);
  }
}

/** Returns the node to insert before, or null to append. */
function findReference(
  context: ApplyContext,
  add: addedNodeMutation,
  parent: Node,
): Node | null {
  const { mirror } = context;

  if (add.nextId != null && add.nextId !== -1) {
    const next = mirror.getNode(add.nextId);
    if (next?.parentNode === parent) return next;
    reportMissingNode(context, 'sibling', add.nextId);
    return null;
  }

  // Recordings from rrweb 0.x position some adds after a previous sibling.
  if (add.previousId != null && add.previousId !== -1) {
    const previous = mirror.getNode(add.previousId);
    if (previous?.parentNode === parent) return previous.nextSibling;
  }
  return null;
}

/** Builds a same-origin iframe's document into the replayed iframe. */
function attachIframeDocument(context: ApplyContext, add: addedNodeMutation) {
  const iframe = context.mirror.getNode(add.parentId);
  const doc = isTag(iframe, 'iframe') ? iframe.contentDocument : null;

  if (!doc) {
    reportMissingNode(context, 'iframe-document', add.parentId);
    return;
  }
  buildNodeWithSN(add.node, {
    doc,
    mirror: context.mirror,
    hackCss: true,
    cache: context.cache,
  });
}

function applyTexts(context: ApplyContext, texts: textMutation[]) {
  for (const { id, value } of texts) {
    const node = context.mirror.getNode(id);
    if (!node) {
      reportMissingNode(context, 'text', id);
      continue;
    }
    node.textContent =
      value !== null && isTag(node.parentNode, 'style')
        ? adaptCssForReplay(value, context.cache)
        : value;
  }
}
