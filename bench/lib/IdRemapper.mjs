/**
 * Rewrites the node ids of one loop of incremental events. A node added by
 * the loop gets a fresh id, and later references to it in the same loop
 * follow. A reference to a full-snapshot node goes to the id that node
 * has now (see DomModel). The model is updated event by event, so an add
 * of a node that is still present keeps its id, because rrweb records a
 * move that way.
 */

const MUTATION = 0;

/** @typedef {import('./domModel.mjs').SerializedNode} SerializedNode */

export class IdRemapper {
  /**
   * @param {import('./domModel.mjs').DomModel} model
   * @param {number} firstFreshId an id above every id of the base recording
   */
  constructor(model, firstFreshId) {
    this.model = model;
    this.nextFreshId = firstFreshId;
    /** @type {Map<number, number>} base id to id in the current loop */
    this.mapping = new Map();
    /** @type {Map<number, Set<string>>} original elements: changed names */
    this.changedAttributes = new Map();
    /** @type {Set<number>} original text nodes whose text changed */
    this.changedTexts = new Set();
    /** Adds whose parent was missing, and removes of absent nodes. */
    this.failed = { adds: 0, removes: 0 };
  }

  /** Forgets the ids of the previous loop. */
  startLoop() {
    this.mapping.clear();
    this.changedAttributes.clear();
    this.changedTexts.clear();
  }

  /**
   * Returns the id that `id` of the base recording has in the current loop.
   * @param {number} id
   */
  ref(id) {
    return this.mapping.get(id) ?? this.model.currentOf.get(id) ?? id;
  }

  /** Allocates an id no node has had. */
  freshId() {
    return this.nextFreshId++;
  }

  /**
   * Returns a copy of an incremental event with its ids rewritten.
   * @param {any} data an IncrementalSnapshot event's `data`
   */
  mapData(data) {
    if (data.source === MUTATION) return this.mapMutation(data);

    const copy = { ...data };
    if (typeof copy.id === 'number') copy.id = this.ref(copy.id);
    if (Array.isArray(copy.positions)) {
      copy.positions = copy.positions.map((/** @type {any} */ p) => ({
        ...p,
        id: this.ref(p.id),
      }));
    }
    if (Array.isArray(copy.ranges)) {
      copy.ranges = copy.ranges.map((/** @type {any} */ r) => ({
        ...r,
        start: this.ref(r.start),
        end: this.ref(r.end),
      }));
    }
    return copy;
  }

  /** @param {any} data */
  mapMutation(data) {
    const removes = data.removes.map((/** @type {any} */ r) => {
      const id = this.ref(r.id);
      if (!this.model.remove(id)) this.failed.removes++;
      return { ...r, parentId: this.ref(r.parentId), id };
    });

    const nodes = data.adds.map((/** @type {any} */ a) => this.claim(a.node));
    const adds = data.adds.map(
      (/** @type {any} */ a, /** @type {number} */ i) => {
        const add = { ...a, parentId: this.ref(a.parentId), node: nodes[i] };
        if (a.nextId != null && a.nextId !== -1)
          add.nextId = this.ref(a.nextId);
        if (a.previousId != null && a.previousId !== -1) {
          add.previousId = this.ref(a.previousId);
        }
        return add;
      },
    );
    this.insertAdds(adds);

    const texts = data.texts.map((/** @type {any} */ t) => {
      const id = this.ref(t.id);
      if (this.model.isOriginal(id)) this.changedTexts.add(id);
      return { ...t, id };
    });
    const attributes = data.attributes.map((/** @type {any} */ a) => {
      const id = this.ref(a.id);
      if (this.model.isOriginal(id)) this.noteAttributes(id, a.attributes);
      return { ...a, id };
    });
    return { ...data, removes, adds, texts, attributes };
  }

  /**
   * Copies an added subtree, giving a fresh id to each node that is not
   * present (a present one is being moved and keeps its id).
   * @param {SerializedNode} node
   * @returns {SerializedNode}
   */
  claim(node) {
    const current = this.ref(node.id);
    let id = current;
    if (!this.model.has(current)) {
      id = this.freshId();
      this.mapping.set(node.id, id);
    }
    const copy = { ...node, id };
    if (node.childNodes) {
      copy.childNodes = node.childNodes.map((child) => this.claim(child));
    }
    return copy;
  }

  /**
   * Inserts adds into the model; an add whose parent comes later in the
   * batch waits for it, as the replayers do.
   * @param {{ parentId: number, node: SerializedNode }[]} adds
   */
  insertAdds(adds) {
    let pending = adds;
    let progress = true;
    while (pending.length > 0 && progress) {
      const waiting = [];
      for (const add of pending) {
        if (this.model.has(add.parentId)) {
          this.model.insert(add.node, add.parentId);
        } else {
          waiting.push(add);
        }
      }
      progress = waiting.length < pending.length;
      pending = waiting;
    }
    this.failed.adds += pending.length;
  }

  /**
   * @param {number} id
   * @param {Record<string, unknown>} attributes
   */
  noteAttributes(id, attributes) {
    const names = this.changedAttributes.get(id) ?? new Set();
    for (const name of Object.keys(attributes)) names.add(name);
    this.changedAttributes.set(id, names);
  }
}
