import { NodeType } from '@rrweb/types';
import type { serializedNodeWithId } from '@rrweb/types';
import { isPlainObject } from '../events/isPlainObject';

/** An attribute value as the recorder serializes it (`null` is removal). */
export type AttributeValue = string | number | boolean;

/**
 * One serialized node as the index keeps it: enough to describe it and
 * walk its subtree in document order, with no DOM needed.
 */
export interface IndexedNode {
  id: number;
  type: NodeType;
  /** Lower-case tag name for elements, `undefined` for other nodes. */
  tagName: string | undefined;
  /** Element attributes; a `Map` so recorded names cannot reach prototypes. */
  attributes: Map<string, AttributeValue>;
  /** Text content of text, CDATA and comment nodes. */
  text: string | undefined;
  parentId: number | undefined;
  firstChildId: number | undefined;
  lastChildId: number | undefined;
  previousSiblingId: number | undefined;
  nextSiblingId: number | undefined;
}

/**
 * Id → serialized node, kept current while walking a recording: a full
 * snapshot resets it, mutations add, remove and update nodes. Siblings are
 * a linked list, so every update costs O(1) per node touched.
 */
export class NodeIndex {
  private readonly nodes = new Map<number, IndexedNode>();

  /** Returns the node with `id`, if it is in the current snapshot. */
  get(id: number): IndexedNode | undefined {
    return this.nodes.get(id);
  }

  /** Number of nodes currently indexed. */
  get size(): number {
    return this.nodes.size;
  }

  /** Forgets everything and indexes a full snapshot's tree. */
  reset(root: serializedNodeWithId): void {
    this.nodes.clear();
    this.addTree(root, undefined, null);
  }

  /**
   * Adds a serialized subtree under `parentId`, before the sibling
   * `nextId` when that sibling is a child of the same parent, else last.
   */
  addTree(
    root: serializedNodeWithId,
    parentId: number | undefined,
    nextId: number | null,
  ): void {
    this.insert(root, parentId, nextId);
    const stack = [root];

    for (let node = stack.pop(); node; node = stack.pop()) {
      const children: unknown = 'childNodes' in node && node.childNodes;
      if (!Array.isArray(children)) continue;

      for (const child of children as unknown[]) {
        if (!isSerializedNode(child)) continue;
        this.insert(child, node.id, null);
        stack.push(child);
      }
    }
  }

  /** Removes a node and its whole subtree. Unknown ids are ignored. */
  remove(id: number): void {
    const node = this.nodes.get(id);
    if (!node) return;

    this.unlink(node);
    const stack = [id];
    let current = stack.pop();
    while (current !== undefined) {
      let child = this.nodes.get(current)?.firstChildId;
      while (child !== undefined) {
        stack.push(child);
        child = this.nodes.get(child)?.nextSiblingId;
      }
      this.nodes.delete(current);
      current = stack.pop();
    }
  }

  /** Sets or, with `null`, removes one attribute of an element. */
  setAttribute(id: number, name: string, value: unknown): void {
    const node = this.nodes.get(id);
    if (!node) return;

    if (value === null || value === false) node.attributes.delete(name);
    else if (isAttributeValue(value)) node.attributes.set(name, value);
  }

  /** Replaces the text of a text-like node. */
  setText(id: number, value: unknown): void {
    const node = this.nodes.get(id);
    if (node) node.text = typeof value === 'string' ? value : '';
  }

  private insert(
    serialized: serializedNodeWithId,
    parentId: number | undefined,
    nextId: number | null,
  ): void {
    if (this.nodes.has(serialized.id)) this.remove(serialized.id);

    const node = createIndexedNode(serialized);
    this.nodes.set(node.id, node);
    const parent = parentId === undefined ? undefined : this.get(parentId);
    if (!parent) return;

    node.parentId = parent.id;
    const next = nextId === null ? undefined : this.nodes.get(nextId);
    if (next && next.parentId === parent.id) {
      node.nextSiblingId = next.id;
      node.previousSiblingId = next.previousSiblingId;
      next.previousSiblingId = node.id;
    } else {
      node.previousSiblingId = parent.lastChildId;
      parent.lastChildId = node.id;
    }
    this.relinkNeighbours(node, parent);
  }

  /** Points the neighbours of a freshly placed node back at it. */
  private relinkNeighbours(node: IndexedNode, parent: IndexedNode): void {
    const previous = this.getSibling(node.previousSiblingId);
    if (previous) previous.nextSiblingId = node.id;
    else parent.firstChildId = node.id;
  }

  private unlink(node: IndexedNode): void {
    const parent = this.getSibling(node.parentId);
    const previous = this.getSibling(node.previousSiblingId);
    const next = this.getSibling(node.nextSiblingId);

    if (previous) previous.nextSiblingId = node.nextSiblingId;
    else if (parent) parent.firstChildId = node.nextSiblingId;
    if (next) next.previousSiblingId = node.previousSiblingId;
    else if (parent) parent.lastChildId = node.previousSiblingId;
    node.parentId = undefined;
  }

  private getSibling(id: number | undefined): IndexedNode | undefined {
    return id === undefined ? undefined : this.nodes.get(id);
  }
}

/** Checks that `value` looks like a serialized node with a numeric id. */
export function isSerializedNode(
  value: unknown,
): value is serializedNodeWithId {
  return (
    isPlainObject(value) &&
    typeof value.id === 'number' &&
    typeof value.type === 'number'
  );
}

function isAttributeValue(value: unknown): value is AttributeValue {
  const kind = typeof value;
  return kind === 'string' || kind === 'number' || kind === 'boolean';
}

function createIndexedNode(serialized: serializedNodeWithId): IndexedNode {
  const node: IndexedNode = {
    id: serialized.id,
    type: serialized.type,
    tagName: undefined,
    attributes: new Map(),
    text: undefined,
    parentId: undefined,
    firstChildId: undefined,
    lastChildId: undefined,
    previousSiblingId: undefined,
    nextSiblingId: undefined,
  };

  if (serialized.type === NodeType.Element) {
    node.tagName = String(serialized.tagName).toLowerCase();
    const attributes: unknown = serialized.attributes;
    if (isPlainObject(attributes)) {
      for (const [name, value] of Object.entries(attributes)) {
        if (isAttributeValue(value)) node.attributes.set(name, value);
      }
    }
  } else if ('textContent' in serialized) {
    node.text = String(serialized.textContent);
  }
  return node;
}
