/**
 * Builds the Mutation that returns the document to its full-snapshot state
 * at the end of a loop: it removes what the loop added, puts back the
 * snapshot nodes the loop removed or moved, and resets changed texts and
 * attributes. Applying it to the model leaves the snapshot's nodes, some
 * under fresh ids.
 */

/** @typedef {import('./domModel.mjs').DomModel} DomModel */

/**
 * @param {DomModel} model
 * @param {import('./IdRemapper.mjs').IdRemapper} remapper
 * @returns {{ source: 0, removes: object[], adds: object[],
 *   texts: object[], attributes: object[] }}
 */
export function buildRestore(model, remapper) {
  const removes = removeLoopNodes(model);
  const { adds, readded } = readdSnapshotNodes(model, () => remapper.freshId());
  const texts = [];
  const attributes = [];

  for (const id of remapper.changedTexts) {
    if (!model.has(id) || readded.has(id)) continue;
    const value = model.snapshotEntryOf(id)?.node.textContent ?? '';
    texts.push({ id, value });
  }
  for (const [id, names] of remapper.changedAttributes) {
    if (!model.has(id) || readded.has(id)) continue;
    const original = model.snapshotEntryOf(id)?.node.attributes ?? {};
    /** @type {Record<string, string | null>} */
    const values = {};
    for (const name of names) values[name] = toAttributeValue(original[name]);
    attributes.push({ id, attributes: values });
  }
  return { source: 0, removes, adds, texts, attributes };
}

/**
 * Removes every node added by the loop that hangs off a snapshot node, and
 * every displaced snapshot node, skipping those inside another removal.
 * @param {DomModel} model
 */
function removeLoopNodes(model) {
  /** @type {Set<number>} */
  const candidates = new Set(model.displaced);
  for (const [id, parentId] of model.parentOf) {
    if (parentId === null || model.isOriginal(id)) continue;
    if (model.isOriginal(parentId)) candidates.add(id);
  }

  const removes = [];
  for (const id of candidates) {
    const parentId = model.parentOf.get(id);
    if (parentId == null || model.isWithin(parentId, candidates)) continue;
    removes.push({ parentId, id });
  }
  for (const { id } of removes) model.remove(id);
  return removes;
}

/**
 * Adds back, under fresh ids, each absent snapshot subtree whose parent is
 * present. Siblings go in reverse snapshot order, so each `nextId` is
 * present when used.
 * @param {DomModel} model
 * @param {() => number} freshId
 */
function readdSnapshotNodes(model, freshId) {
  /** @type {Map<number, number[]>} parent to absent children (snapshot ids) */
  const absentByParent = new Map();
  for (const [id, entry] of model.snapshot) {
    if (entry.parentId === null) continue;
    if (model.has(/** @type {number} */ (model.currentOf.get(id)))) continue;
    if (
      !model.has(/** @type {number} */ (model.currentOf.get(entry.parentId)))
    ) {
      continue;
    }
    const list = absentByParent.get(entry.parentId) ?? [];
    list.push(id);
    absentByParent.set(entry.parentId, list);
  }

  const adds = [];
  /** @type {Set<number>} */
  const readded = new Set();
  for (const [parent, ids] of absentByParent) {
    const parentId = /** @type {number} */ (model.currentOf.get(parent));
    for (const id of ids.reverse()) {
      const entry = /** @type {import('./domModel.mjs').SnapshotEntry} */ (
        model.snapshot.get(id)
      );
      const node = model.reincarnate(entry.node, freshId);
      const nextId =
        entry.nextId === null ? null : model.currentOf.get(entry.nextId);
      flattenAdd(node, parentId, nextId ?? null, adds);
      model.insert(node, parentId);
      collectIds(node, readded);
    }
  }
  return { adds, readded };
}

/**
 * Appends one add per node of a subtree, each without children, as rrweb's
 * recorder emits them (its replayer builds an added node without its
 * serialized children). A parent comes before its children, and siblings
 * in reverse order, so each parent and next sibling exist when used.
 * @param {import('./domModel.mjs').SerializedNode} node
 * @param {number} parentId
 * @param {number | null} nextId
 * @param {object[]} into
 */
function flattenAdd(node, parentId, nextId, into) {
  const children = node.childNodes ?? [];
  const leaf = node.childNodes ? { ...node, childNodes: [] } : node;
  into.push({ parentId, nextId, node: leaf });
  for (let i = children.length - 1; i >= 0; i--) {
    const child = /** @type {import('./domModel.mjs').SerializedNode} */ (
      children[i]
    );
    flattenAdd(child, node.id, children[i + 1]?.id ?? null, into);
  }
}

/**
 * @param {import('./domModel.mjs').SerializedNode} node
 * @param {Set<number>} into
 */
function collectIds(node, into) {
  into.add(node.id);
  for (const child of node.childNodes ?? []) collectIds(child, into);
}

/** @param {unknown} value a snapshot attribute value */
function toAttributeValue(value) {
  if (value === undefined || value === null || value === false) return null;
  if (value === true) return '';
  return String(value);
}
