import { NodeType } from '@rrweb/types';
import { isReadableClass } from '../../insights/describeNode';
import type { IndexedNode, NodeIndex } from '../../insights/NodeIndex';

/** Attributes that name an element for tests; the first present is used. */
const TEST_ID_ATTRIBUTES = [
  'data-testid',
  'data-test-id',
  'data-test',
  'data-cy',
  'data-qa',
];

/** Class names that describe a passing state rather than the element. */
const STATE_CLASS =
  /^(?:is-|has-|js-)|^(?:active|hover|focus|focused|open|opened|selected|checked|disabled|current|visible|hidden|show|shown|expanded|collapsed)$/;

/** Most class names kept per step. */
const MAX_CLASSES = 2;

/**
 * Builds a CSS selector path for node `id` as `index` has it now, so it
 * names the same element in any replay of that moment and, for pages
 * that share their markup across layouts, in recordings made at other
 * widths. Each step is a tag with up to two stable class names, and
 * `:nth-of-type()` when siblings share the tag. The path stops early at
 * an element whose stable id or test id no other element in the
 * document has. A repeated test id (a list of `chip`s) is kept as an
 * attribute of its step instead. A text node stands for its parent
 * element. Returns undefined when the node is not an element in
 * the document tree.
 *
 * NOTE: elements inside shadow roots or nested iframes get a path that
 * `querySelector` on the top document cannot follow; such clicks are
 * counted as `noBox` fallbacks when boxes are measured.
 */
export function selectorPath(index: NodeIndex, id: number): string | undefined {
  let node = index.get(id);
  if (node?.type === NodeType.Text && node.parentId !== undefined) {
    node = index.get(node.parentId);
  }
  if (node?.type !== NodeType.Element) return undefined;

  const steps: string[] = [];
  const root = rootOf(index, node);
  for (let current: IndexedNode | undefined = node; current;) {
    if (current.type !== NodeType.Element || current.tagName === undefined) {
      break;
    }
    const anchor = anchorOf(index, root, current);
    if (anchor.unique) {
      steps.push(anchor.selector);
      break;
    }
    steps.push(stepOf(index, current, anchor.selector));
    if (current.tagName === 'body' || current.tagName === 'html') break;
    current =
      current.parentId === undefined ? undefined : index.get(current.parentId);
  }
  if (steps.length === 0) return undefined;
  return steps.reverse().join(' > ');
}

/**
 * Returns the element's stable id or test id as a selector, and whether
 * it is the only element in the document with it.
 */
function anchorOf(
  index: NodeIndex,
  root: IndexedNode,
  node: IndexedNode,
): { selector: string; unique: boolean } {
  const id = node.attributes.get('id');
  if (typeof id === 'string' && isStableName(id)) {
    const unique = countWith(index, root, 'id', id) === 1;
    return { selector: `#${escapeIdentifier(id)}`, unique };
  }
  for (const name of TEST_ID_ATTRIBUTES) {
    const value = node.attributes.get(name);
    if (typeof value === 'string' && value !== '') {
      const unique = countWith(index, root, name, value) === 1;
      return { selector: `[${name}="${escapeString(value)}"]`, unique };
    }
  }
  return { selector: '', unique: false };
}

/** Returns the document, or the detached subtree's root, that contains `node`. */
function rootOf(index: NodeIndex, node: IndexedNode): IndexedNode {
  let root = node;
  for (let parent = index.get(root.parentId ?? NaN); parent;) {
    root = parent;
    parent = index.get(root.parentId ?? NaN);
  }
  return root;
}

/**
 * Counts elements under `root` whose attribute `name` is `value`, up to
 * 2: one walk of the tree, linear in its size.
 */
function countWith(
  index: NodeIndex,
  root: IndexedNode,
  name: string,
  value: string,
): number {
  let count = 0;
  const stack = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.attributes.get(name) === value && ++count > 1) return count;
    for (let child = index.get(node.firstChildId ?? NaN); child;) {
      stack.push(child);
      child = index.get(child.nextSiblingId ?? NaN);
    }
  }
  return count;
}

function stepOf(
  index: NodeIndex,
  node: IndexedNode,
  attribute: string,
): string {
  const tag = node.tagName ?? '*';
  if (tag === 'html' || tag === 'body' || tag === 'head') return tag;

  const classes = String(node.attributes.get('class') ?? '')
    .split(/\s+/)
    .filter(
      (name) => name !== '' && isReadableClass(name) && !STATE_CLASS.test(name),
    )
    .slice(0, MAX_CLASSES)
    .map((name) => `.${escapeIdentifier(name)}`)
    .join('');

  const position = positionOfType(index, node);
  const nth = position.total > 1 ? `:nth-of-type(${position.index})` : '';
  return `${escapeIdentifier(tag)}${attribute}${classes}${nth}`;
}

/** 1-based position of `node` among its parent's children of its tag. */
function positionOfType(index: NodeIndex, node: IndexedNode) {
  const parent =
    node.parentId === undefined ? undefined : index.get(node.parentId);
  if (!parent) return { index: 1, total: 1 };

  let position = 0;
  let total = 0;
  for (let child = index.get(parent.firstChildId ?? NaN); child;) {
    if (child.type === NodeType.Element && child.tagName === node.tagName) {
      total += 1;
      if (child.id === node.id) position = total;
    }
    child =
      child.nextSiblingId === undefined
        ? undefined
        : index.get(child.nextSiblingId);
  }
  return { index: position || 1, total };
}

/**
 * Checks that an id was written by a person rather than generated per
 * render (`radix-:r3:`, `ember123`, `mui-4821`), since generated ids
 * differ between sessions.
 */
function isStableName(name: string): boolean {
  if (name === '' || name.includes(':') || /\d{3,}/.test(name)) return false;
  return isReadableClass(name);
}

/** Escapes a CSS identifier, as `CSS.escape` does for common names. */
export function escapeIdentifier(name: string): string {
  let out = '';
  for (let i = 0; i < name.length; i++) {
    const char = name.charAt(i);
    const code = name.charCodeAt(i);
    if (code === 0) out += '\uFFFD';
    else if ((code >= 0x1 && code <= 0x1f) || code === 0x7f) {
      out += `\\${code.toString(16)} `;
    } else if (i === 0 && /\d/.test(char)) out += `\\${code.toString(16)} `;
    else if (i === 1 && /\d/.test(char) && name.charAt(0) === '-') {
      out += `\\${code.toString(16)} `;
    } else if (/[\w-]/.test(char) || code >= 0x80) out += char;
    else out += `\\${char}`;
  }
  return out;
}

function escapeString(value: string): string {
  return value.replace(/["\\]/g, '\\$&').replace(/\n/g, '\\a ');
}
