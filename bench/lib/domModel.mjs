/**
 * A model of the replayed document as a tree of node ids: enough to know
 * which nodes a mutation leaves present, so a looped recording can return
 * the document to its full-snapshot state at the end of each loop.
 *
 * "Original" nodes are the current incarnations of the full snapshot's
 * nodes. A snapshot node that a loop removes is added back under a fresh
 * id, because rrweb's recorder gives a new id to a node inserted again
 * after a removal. `currentOf` maps each snapshot id to the id it has now.
 * An
 * original node that a loop moves is marked displaced, because the model
 * does not track sibling order and the restore must put it back in place.
 */

/**
 * @typedef {{ id: number, type: number, childNodes?: SerializedNode[],
 *   attributes?: Record<string, unknown>, textContent?: string,
 *   tagName?: string, isShadow?: boolean, isSVG?: boolean }} SerializedNode
 * @typedef {{ node: SerializedNode, parentId: number | null,
 *   nextId: number | null, childIds: number[] }} SnapshotEntry
 */

export class DomModel {
  /** @param {SerializedNode} root the full snapshot's `data.node` */
  constructor(root) {
    /** @type {Map<number, SnapshotEntry>} snapshot nodes by snapshot id */
    this.snapshot = new Map();
    /** @type {Map<number, number>} snapshot id to the id of its node now */
    this.currentOf = new Map();
    /** @type {Map<number, number>} original node id to its snapshot id */
    this.snapshotIdOf = new Map();
    /** @type {Map<number, number | null>} present node id to parent id */
    this.parentOf = new Map();
    /** @type {Map<number, Set<number>>} present node id to child ids */
    this.childrenOf = new Map();
    /** @type {Set<number>} original nodes moved away from their place */
    this.displaced = new Set();
    /** @type {Map<number, SerializedNode>} present node id to its node */
    this.serialized = new Map();
    /** Incremented on every insert and remove. */
    this.version = 0;
    this.indexSnapshot(root, null, null);
    for (const id of this.snapshot.keys()) {
      this.currentOf.set(id, id);
      this.snapshotIdOf.set(id, id);
    }
    this.insert(root, null);
  }

  /**
   * @param {SerializedNode} node
   * @param {number | null} parentId
   * @param {number | null} nextId
   */
  indexSnapshot(node, parentId, nextId) {
    const children = node.childNodes ?? [];
    const childIds = children.map((child) => child.id);
    this.snapshot.set(node.id, { node, parentId, nextId, childIds });
    children.forEach((child, i) => {
      this.indexSnapshot(child, node.id, childIds[i + 1] ?? null);
    });
  }

  /** @param {number} id */
  has(id) {
    return this.parentOf.has(id);
  }

  /**
   * True for the current incarnation of a snapshot node.
   * @param {number} id
   */
  isOriginal(id) {
    return this.snapshotIdOf.has(id);
  }

  /**
   * Returns the snapshot entry of an original node, or undefined.
   * @param {number} id
   */
  snapshotEntryOf(id) {
    const snapshotId = this.snapshotIdOf.get(id);
    return snapshotId === undefined ? undefined : this.snapshot.get(snapshotId);
  }

  /**
   * Copies a snapshot subtree with fresh ids and makes the copies the
   * current incarnations of its nodes; returns the copy.
   * @param {SerializedNode} node a node of the full snapshot
   * @param {() => number} freshId
   * @returns {SerializedNode}
   */
  reincarnate(node, freshId) {
    const id = freshId();
    const previous = this.currentOf.get(node.id);
    if (previous !== undefined) this.snapshotIdOf.delete(previous);
    this.currentOf.set(node.id, id);
    this.snapshotIdOf.set(id, node.id);

    const copy = { ...node, id };
    if (node.childNodes) {
      copy.childNodes = node.childNodes.map((c) =>
        this.reincarnate(c, freshId),
      );
    }
    return copy;
  }

  /** Number of present nodes. */
  get size() {
    return this.parentOf.size;
  }

  /**
   * Inserts a serialized subtree under `parentId`; an id already present
   * is moved there with its current children.
   * @param {SerializedNode} node
   * @param {number | null} parentId
   */
  insert(node, parentId) {
    this.version++;
    this.serialized.set(node.id, node);
    if (this.has(node.id)) {
      this.detach(node.id);
      if (this.isOriginal(node.id)) this.displaced.add(node.id);
    } else {
      this.childrenOf.set(node.id, new Set());
    }
    this.parentOf.set(node.id, parentId);
    if (parentId !== null) this.childrenOf.get(parentId)?.add(node.id);

    for (const child of node.childNodes ?? []) {
      if (!this.has(child.id)) this.insert(child, node.id);
    }
  }

  /**
   * Removes a node and its subtree; returns false when it is not present.
   * @param {number} id
   */
  remove(id) {
    if (!this.has(id)) return false;
    this.version++;
    this.detach(id);

    const stack = [id];
    while (stack.length > 0) {
      const current = /** @type {number} */ (stack.pop());
      stack.push(...(this.childrenOf.get(current) ?? []));
      this.parentOf.delete(current);
      this.childrenOf.delete(current);
      this.displaced.delete(current);
      this.serialized.delete(current);
    }
    return true;
  }

  /** @param {number} id */
  detach(id) {
    const parentId = this.parentOf.get(id);
    if (parentId != null) this.childrenOf.get(parentId)?.delete(id);
  }

  /**
   * True when `id` or one of its present ancestors is in `ids`.
   * @param {number} id
   * @param {Set<number>} ids
   */
  isWithin(id, ids) {
    /** @type {number | null | undefined} */
    let current = id;
    while (current != null) {
      if (ids.has(current)) return true;
      current = this.parentOf.get(current);
    }
    return false;
  }
}
