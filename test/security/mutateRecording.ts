import fc from 'fast-check';

/** One way to damage a recording, as fuzzing applies it. */
export type Damage =
  | { kind: 'drop'; at: number }
  | { kind: 'duplicate'; at: number }
  | { kind: 'swap'; at: number; with: number }
  | { kind: 'corrupt'; at: number; leaf: number; value: unknown }
  | { kind: 'wrongIds'; at: number; shift: number }
  | { kind: 'hugeString'; at: number; leaf: number; size: number }
  | { kind: 'deepNesting'; depth: number };

/** Ids at or above this never name a recorded node. */
export const WRONG_ID_BASE = 100_000_000;

/** Fields that name an existing node, which `wrongIds` redirects. */
const REFERENCE_FIELDS = new Set(['id', 'parentId', 'nextId']);

export const damageArbitrary: fc.Arbitrary<Damage> = fc.oneof(
  fc.record({ kind: fc.constant('drop' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('swap' as const),
    at: fc.nat(),
    with: fc.nat(),
  }),
  fc.record({
    kind: fc.constant('corrupt' as const),
    at: fc.nat(),
    leaf: fc.nat(),
    value: fc.oneof(
      fc.constant(null),
      fc.constant(undefined),
      fc.string(),
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant('javascript:top.reprisePwned=1'),
      fc.array(fc.anything(), { maxLength: 3 }),
      fc.object({ maxDepth: 2 }),
    ),
  }),
  fc.record({
    kind: fc.constant('wrongIds' as const),
    at: fc.nat(),
    shift: fc.integer({ min: WRONG_ID_BASE, max: 2 * WRONG_ID_BASE }),
  }),
  fc.record({
    kind: fc.constant('hugeString' as const),
    at: fc.nat(),
    leaf: fc.nat(),
    size: fc.integer({ min: 100_000, max: 2_000_000 }),
  }),
  fc.record({
    kind: fc.constant('deepNesting' as const),
    depth: fc.integer({ min: 200, max: 5_000 }),
  }),
);

type Json = Record<string, unknown>;

/** Applies `damages` in order to a deep copy of `events`. */
export function damageRecording(events: Json[], damages: Damage[]): Json[] {
  const result = structuredClone(events);

  for (const damage of damages) {
    if (result.length === 0) break;
    const at = 'at' in damage ? damage.at % result.length : 0;
    switch (damage.kind) {
      case 'drop':
        result.splice(at, 1);
        break;
      case 'duplicate':
        result.splice(at, 0, structuredClone(result[at]!));
        break;
      case 'swap': {
        const other = damage.with % result.length;
        [result[at], result[other]] = [result[other]!, result[at]!];
        break;
      }
      case 'corrupt':
        setLeaf(result[at]!, damage.leaf, () => damage.value);
        break;
      case 'hugeString':
        setLeaf(result[at]!, damage.leaf, () => 'x'.repeat(damage.size));
        break;
      case 'wrongIds':
        shiftReferences(result[at]!, damage.shift);
        break;
      case 'deepNesting':
        result.push(deepMutation(result, damage.depth));
        break;
    }
  }
  return result;
}

/** Replaces the `index`-th leaf (modulo their number) of `root`. */
function setLeaf(root: Json, index: number, value: () => unknown): void {
  const leaves: [Json, string][] = [];
  const stack: Json[] = [root];
  while (stack.length > 0 && leaves.length < 50_000) {
    const node = stack.pop()!;
    for (const key of Object.keys(node)) {
      const child = node[key];
      if (child !== null && typeof child === 'object')
        stack.push(child as Json);
      else leaves.push([node, key]);
    }
  }
  const leaf = leaves[index % Math.max(1, leaves.length)];
  if (leaf) leaf[0][leaf[1]] = value();
}

/** Points every node reference of an event at ids no node has. */
function shiftReferences(root: Json, shift: number): void {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object') continue;
    for (const [key, value] of Object.entries(node as Json)) {
      // Added nodes keep their own ids; only references move.
      if (key === 'node') continue;
      if (REFERENCE_FIELDS.has(key) && typeof value === 'number' && value > 0) {
        (node as Json)[key] = value + shift;
      } else {
        stack.push(value);
      }
    }
  }
}

/** A Mutation that adds `depth` nested elements under node 1's child. */
function deepMutation(events: Json[], depth: number): Json {
  const last = Math.max(...events.map((event) => Number(event.timestamp) || 0));
  let node: Json = { type: 3, id: 50_000_000 + depth, textContent: 'deep' };
  for (let level = depth - 1; level >= 0; level -= 1) {
    node = {
      type: 2,
      id: 50_000_000 + level,
      tagName: 'div',
      attributes: {},
      childNodes: [node],
    };
  }
  return {
    type: 3,
    timestamp: last + 1,
    data: {
      source: 0,
      adds: [{ parentId: 2, nextId: null, node }],
      removes: [],
      texts: [],
      attributes: [],
    },
  };
}

/** Incremental sources whose appliers report a missing target node. */
const APPLIED_SOURCES = new Set([0, 5]);

/**
 * True when a Mutation or Input event of `events` still refers to a node
 * id that `wrongIds` produced, so replay must report a missing node.
 */
export function refersToWrongIds(events: readonly unknown[]): boolean {
  return events.some((event) => {
    const { type, data } = event as { type: number; data: Json };
    if (type !== 3 || data === null || typeof data !== 'object') return false;
    return (
      APPLIED_SOURCES.has(data.source as number) && hasWrongReference(data)
    );
  });
}

function hasWrongReference(data: Json): boolean {
  const stack: unknown[] = [data];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object') continue;
    for (const [key, value] of Object.entries(node as Json)) {
      if (key === 'node') continue;
      if (REFERENCE_FIELDS.has(key) && typeof value === 'number') {
        if (value >= WRONG_ID_BASE) return true;
      } else {
        stack.push(value);
      }
    }
  }
  return false;
}
