/**
 * One distinct DOM subtree held for checkpoints: a shallow, detached clone
 * of its root and the entries of its children. Entries are immutable and
 * shared, so checkpoints whose documents have equal parts hold those
 * parts once.
 */
export interface SubtreeEntry {
  /** Detached clone of the subtree's root, without its children. */
  readonly node: Node;
  /** Entries of the root's children, in order. */
  readonly children: readonly SubtreeEntry[];
  /**
   * True when `node` is a deep clone with every descendant, for content
   * that child entries cannot carry (a template's contents).
   */
  readonly deep: boolean;
  /** Identifier, unique within its store, that keys of parents contain. */
  readonly id: number;
}

/** Children of entries that have none, one array for all of them. */
const NO_CHILDREN: readonly SubtreeEntry[] = Object.freeze([]);

/**
 * Form controls are never shared: cloning copies state that their
 * attributes do not show, such as the dirty flags of a value and of
 * checkedness, which decide how later attribute changes act on them.
 */
const UNSHARED_TAGS: ReadonlySet<string> = new Set([
  'INPUT',
  'TEXTAREA',
  'SELECT',
]);

/** Strings longer than this go into keys as a length and a hash. */
const MAX_KEY_STRING = 256;

/**
 * Interns DOM subtrees as shared entries (hash-consing): a subtree equal to
 * one met before, in the same or an earlier capture, is stored once. Two
 * subtrees are equal when their roots have the same type, name, namespace,
 * attributes and text, and their children are the same entries. Every
 * lookup is checked against the stored clone, so a hash collision never
 * merges different subtrees.
 */
export class SubtreeStore {
  private readonly entries = new Map<string, SubtreeEntry[]>();
  /**
   * Lookup key of each shared entry. Kept here, not on the entries, so
   * the keys are freed with the store and the checkpoints keep none.
   */
  private readonly keys = new Map<SubtreeEntry, string>();
  private count = 0;
  private nextId = 0;

  /** Number of distinct nodes cloned for the entries held. */
  get nodeCount(): number {
    return this.count;
  }

  /** Returns the shared entry for `node` and its descendants. */
  intern(node: Node): SubtreeEntry {
    if (node.nodeName === 'TEMPLATE') return this.internDeep(node);

    const children = [...node.childNodes].map((child) => this.intern(child));
    if (UNSHARED_TAGS.has(node.nodeName)) {
      return this.add(node.cloneNode(false), children, false, null);
    }

    const key = shallowKey(node) + childKey(children);
    const found = this.entries
      .get(key)
      ?.find(
        (entry) =>
          !entry.deep &&
          sameChildren(entry.children, children) &&
          sameShallow(entry.node, node),
      );
    return found ?? this.add(node.cloneNode(false), children, false, key);
  }

  /**
   * Keeps only the entries that `roots` reach, so entries of dropped
   * checkpoints can be freed.
   */
  retain(roots: Iterable<SubtreeEntry>): void {
    const reached = new Set<SubtreeEntry>();
    const stack = [...roots];
    while (stack.length > 0) {
      const entry = stack.pop()!;
      if (reached.has(entry)) continue;
      reached.add(entry);
      stack.push(...entry.children);
    }

    const keys = new Map(this.keys);
    this.clear();
    for (const entry of reached) {
      this.count += entry.deep ? subtreeSize(entry.node) : 1;
      const key = keys.get(entry);
      if (key === undefined) continue;
      this.keys.set(entry, key);
      this.bucket(key).push(entry);
    }
  }

  /** Forgets every entry; entries already handed out stay valid. */
  clear(): void {
    this.entries.clear();
    this.keys.clear();
    this.count = 0;
  }

  /**
   * Interns a template as one deep clone: its contents are a separate
   * fragment, which child entries do not reach and `isEqualNode` does not
   * compare, so the markup, contents included, is compared instead.
   */
  private internDeep(node: Node): SubtreeEntry {
    const markup = (node as Element).outerHTML;
    const key = `M${keyString(markup)}`;
    const found = this.entries
      .get(key)
      ?.find(
        (entry) => entry.deep && (entry.node as Element).outerHTML === markup,
      );
    return found ?? this.add(node.cloneNode(true), [], true, key);
  }

  /** Adds an entry; one with a null key is never shared. */
  private add(
    node: Node,
    children: SubtreeEntry[],
    deep: boolean,
    key: string | null,
  ): SubtreeEntry {
    const entry: SubtreeEntry = {
      node,
      children: children.length > 0 ? children : NO_CHILDREN,
      deep,
      id: this.nextId++,
    };
    this.count += deep ? subtreeSize(node) : 1;
    if (key !== null) {
      this.keys.set(entry, key);
      this.bucket(key).push(entry);
    }
    return entry;
  }

  private bucket(key: string): SubtreeEntry[] {
    let bucket = this.entries.get(key);
    if (!bucket) {
      bucket = [];
      this.entries.set(key, bucket);
    }
    return bucket;
  }
}

/** Builds the subtree of `entry` as new nodes of `doc`. */
export function materializeSubtree(entry: SubtreeEntry, doc: Document): Node {
  const node = doc.importNode(entry.node, entry.deep);
  for (const child of entry.children) {
    node.appendChild(materializeSubtree(child, doc));
  }
  return node;
}

/** Key of a node alone: its type, name, namespace, attributes or text. */
function shallowKey(node: Node): string {
  switch (node.nodeType) {
    case Node.ELEMENT_NODE: {
      const element = node as Element;
      let key = `E${element.namespaceURI ?? ''} ${element.localName}`;
      for (const attribute of element.attributes) {
        const namespace = attribute.namespaceURI ?? '';
        key += `\u0001${namespace} ${attribute.name}=`;
        key += keyString(attribute.value);
      }
      return key;
    }
    case Node.DOCUMENT_TYPE_NODE: {
      const doctype = node as DocumentType;
      return `D${doctype.name} ${doctype.publicId} ${doctype.systemId}`;
    }
    default:
      return `${node.nodeType} ${node.nodeName} ${keyString(node.nodeValue ?? '')}`;
  }
}

function childKey(children: readonly SubtreeEntry[]): string {
  if (children.length === 0) return '';
  return `\u0002${children.map((child) => child.id).join(',')}`;
}

function keyString(value: string): string {
  if (value.length <= MAX_KEY_STRING) return value;
  return `#${value.length}:${hashString(value)}`;
}

/** FNV-1a over UTF-16 code units, as an unsigned 32-bit number. */
function hashString(value: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < value.length; index += 1) {
    hash ^= value.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

function sameChildren(
  a: readonly SubtreeEntry[],
  b: readonly SubtreeEntry[],
): boolean {
  return a.length === b.length && a.every((entry, index) => entry === b[index]);
}

/** True when `clone` and `node` are equal apart from their children. */
function sameShallow(clone: Node, node: Node): boolean {
  if (clone.nodeType !== node.nodeType) return false;
  if (node.nodeType !== Node.ELEMENT_NODE) {
    return (
      clone.nodeName === node.nodeName &&
      clone.nodeValue === node.nodeValue &&
      (node.nodeType !== Node.DOCUMENT_TYPE_NODE || clone.isEqualNode(node))
    );
  }

  const a = clone as Element;
  const b = node as Element;
  if (
    a.localName !== b.localName ||
    a.namespaceURI !== b.namespaceURI ||
    a.attributes.length !== b.attributes.length
  ) {
    return false;
  }
  for (const attribute of b.attributes) {
    const value = a.getAttributeNS(attribute.namespaceURI, attribute.localName);
    if (value !== attribute.value) return false;
  }
  return true;
}

function subtreeSize(node: Node): number {
  let size = 1;
  for (const child of node.childNodes) size += subtreeSize(child);
  return size;
}
