import { NodeType } from '@rrweb/types';
import type { IndexedNode, NodeIndex } from './NodeIndex';

/** Kind of element a click landed on, as far as insights need it. */
export interface TargetClass {
  /**
   * The target takes input: a form field or option, a label for a
   * control, a contenteditable region, or an element whose role is a text
   * or value entry (textbox, searchbox, combobox, spinbutton, slider), or
   * anything inside one. Clicking such an element focuses it, which need
   * not change the page.
   */
  acceptsInput: boolean;
  /**
   * The target is inside a link that opens another tab or window or
   * downloads a file, so the recorded page itself need not change.
   */
  leavesPage: boolean;
}

const INPUT_TAGS = new Set(['input', 'textarea', 'select', 'option']);
const FIELD_TAGS = new Set(['input', 'textarea', 'select']);
const ENTRY_ROLES = new Set([
  'textbox',
  'searchbox',
  'combobox',
  'spinbutton',
  'slider',
]);
const SAME_PAGE_TARGETS = new Set(['', '_self', '_parent', '_top']);
/** Ancestors checked, and nodes searched inside a label. */
const MAX_DEPTH = 32;
const MAX_LABEL_NODES = 100;

/** Classifies node `id` and its ancestors as they are in `index` now. */
export function classifyTarget(index: NodeIndex, id: number): TargetClass {
  const result: TargetClass = { acceptsInput: false, leavesPage: false };
  let node = index.get(id);

  for (let depth = 0; node && depth < MAX_DEPTH; depth++) {
    if (node.type === NodeType.Element) {
      result.acceptsInput ||= acceptsInput(index, node);
      result.leavesPage ||= leavesPage(node);
    }
    node = node.parentId === undefined ? undefined : index.get(node.parentId);
  }
  return result;
}

function acceptsInput(index: NodeIndex, node: IndexedNode): boolean {
  const tag = node.tagName ?? '';
  const editable = node.attributes.get('contenteditable');
  const role = String(node.attributes.get('role') ?? '').toLowerCase();

  if (INPUT_TAGS.has(tag)) return true;
  if (editable !== undefined && String(editable).toLowerCase() !== 'false') {
    return true;
  }
  if (ENTRY_ROLES.has(role)) return true;
  return tag === 'label' && labelsControl(index, node);
}

/** Checks for a label with `for`, or one that wraps a form field. */
function labelsControl(index: NodeIndex, label: IndexedNode): boolean {
  if (label.attributes.get('for')) return true;

  const stack: number[] = [];
  let child = label.firstChildId;
  for (let seen = 0; seen < MAX_LABEL_NODES; seen++) {
    const node = child === undefined ? undefined : index.get(child);
    if (!node) break;
    if (FIELD_TAGS.has(node.tagName ?? '')) return true;

    if (node.nextSiblingId !== undefined) stack.push(node.nextSiblingId);
    child = node.firstChildId ?? stack.pop();
  }
  return false;
}

function leavesPage(node: IndexedNode): boolean {
  if (node.tagName !== 'a') return false;
  if (node.attributes.has('download')) return true;

  const target = String(node.attributes.get('target') ?? '').toLowerCase();
  return !SAME_PAGE_TARGETS.has(target);
}
