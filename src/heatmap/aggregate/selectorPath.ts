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
 * `:nth-of-type()` when siblings share the tag; the path stops early at
 * an element with a stable id or a test id. A text node stands for its
 * parent element. Returns undefined when the node is not an element in
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
  for (let current: IndexedNode | undefined = node; current;) {
    if (current.type !== NodeType.Element || current.tagName === undefined) {
      break;
    }
    const anchor = anchorOf(current);
    if (anchor) {
      steps.push(anchor);
      break;
    }
    steps.push(stepOf(index, current));
    if (current.tagName === 'body' || current.tagName === 'html') break;
    current =
      current.parentId === undefined ? undefined : index.get(current.parentId);
  }
  if (steps.length === 0) return undefined;
  return steps.reverse().join(' > ');
}

/** A step that is unique by itself: a stable id or a test id. */
function anchorOf(node: IndexedNode): string | undefined {
  const id = node.attributes.get('id');
  if (typeof id === 'string' && isStableName(id)) {
    return `#${escapeIdentifier(id)}`;
  }
  for (const name of TEST_ID_ATTRIBUTES) {
    const value = node.attributes.get(name);
    if (typeof value === 'string' && value !== '') {
      return `[${name}="${escapeString(value)}"]`;
    }
  }
  return undefined;
}

function stepOf(index: NodeIndex, node: IndexedNode): string {
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
  return `${escapeIdentifier(tag)}${classes}${nth}`;
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
