import { EventType, IncrementalSource } from '@rrweb/types';
import type { serializedNodeWithId } from '@rrweb/types';
import { isPlainObject } from '../events/isPlainObject';
import type { ReplayEvent } from '../events/types';
import { isSerializedNode } from './NodeIndex';
import { dataOf } from './readEvent';
import type { NodeIndex } from './NodeIndex';

/**
 * Rounds of retries for adds whose parent arrives later in the same
 * mutation. Recorders emit parents first, so one retry is nearly always
 * enough; the cap keeps a malformed batch from costing quadratic time.
 */
const MAX_ADD_ROUNDS = 3;

interface Addition {
  parentId: number;
  nextId: number | null;
  node: serializedNodeWithId;
}

/**
 * Brings `index` up to date with one event: a full snapshot replaces it,
 * a mutation applies removes, adds, texts and attributes in the order a
 * replayer applies them. Other events leave it unchanged. Malformed parts
 * of an event are skipped.
 */
export function updateNodeIndex(index: NodeIndex, event: ReplayEvent): void {
  if (event.type === EventType.FullSnapshot) {
    const root = dataOf(event).node;
    if (isSerializedNode(root)) index.reset(root);
    return;
  }
  if (event.type !== EventType.IncrementalSnapshot) return;

  const data: unknown = event.data;
  if (!isPlainObject(data) || data.source !== IncrementalSource.Mutation) {
    return;
  }
  for (const removal of listOf(data.removes)) {
    if (typeof removal.id === 'number') index.remove(removal.id);
  }
  applyAdds(index, listOf(data.adds).filter(isAddition));
  for (const change of listOf(data.texts)) {
    if (typeof change.id === 'number') index.setText(change.id, change.value);
  }
  for (const change of listOf(data.attributes)) {
    applyAttributes(index, change);
  }
}

function applyAdds(index: NodeIndex, additions: Addition[]): void {
  let pending = additions;

  for (let round = 0; round < MAX_ADD_ROUNDS && pending.length > 0; round++) {
    const waiting: Addition[] = [];
    for (const add of pending) {
      if (index.get(add.parentId)) {
        index.addTree(add.node, add.parentId, add.nextId ?? null);
      } else {
        waiting.push(add);
      }
    }
    if (waiting.length === pending.length) break;
    pending = waiting;
  }

  // Still describable (tag, attributes, own text) though detached.
  for (const add of pending) index.addTree(add.node, undefined, null);
}

function applyAttributes(
  index: NodeIndex,
  change: Record<string, unknown>,
): void {
  const { id, attributes } = change;
  if (typeof id !== 'number' || !isPlainObject(attributes)) return;

  for (const [name, value] of Object.entries(attributes)) {
    index.setAttribute(id, name, value);
  }
}

function listOf(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter(isPlainObject) : [];
}

function isAddition(
  value: Record<string, unknown>,
): value is Record<string, unknown> & Addition {
  const { parentId, nextId, node } = value;
  return (
    typeof parentId === 'number' &&
    (typeof nextId === 'number' || nextId === null || nextId === undefined) &&
    isSerializedNode(node)
  );
}
