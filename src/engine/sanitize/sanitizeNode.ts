import { NodeType } from '@rrweb/types';
import type { serializedNodeWithId } from '@rrweb/types';
import { isPlainObject } from '../../events/isPlainObject';
import { isStylesheetRel, sanitizeAttributes } from './sanitizeAttributes';
import type { SanitizeContext } from './SanitizeContext';
import { sanitizeCss } from './sanitizeCss';
import { maskText } from './mask';

/**
 * Deepest nesting a serialized tree may have. rrweb-snapshot builds trees
 * recursively, so a deeper tree would overflow the stack; Chromium's own
 * HTML parser stops nesting at 512 levels.
 */
export const MAX_DEPTH = 512;

/**
 * Tag of an inert element that takes the place of a dangerous one: it
 * keeps the node id, so later mutations still find their targets, and the
 * replay styles hide it.
 */
export const NEUTRALIZED_TAG = 'reprise-neutralized';

/** Attribute of a neutralized element that names the recorded tag. */
export const ORIGINAL_TAG_ATTRIBUTE = 'data-reprise-tag';

/** Elements that run code, embed plugins or change how the page loads. */
const DANGEROUS_TAGS = new Set([
  'script',
  'object',
  'embed',
  'applet',
  'base',
  'portal',
  'frame',
  'param',
  'handler',
  'listener',
]);

const ANIMATION_TAGS = new Set([
  'animate',
  'set',
  'animatemotion',
  'animatetransform',
  'animatecolor',
]);

/** Input types whose value is a label or fixed, not typed by the user. */
const UNMASKED_INPUT_TYPES = new Set([
  'submit',
  'button',
  'reset',
  'image',
  'checkbox',
  'radio',
  'color',
  'range',
]);

const VALID_TAG = /^[a-zA-Z][\w.:\-\u00b7-\uffff]*$/;

/** Decides which nodes the privacy options mask or block. */
export interface PrivacyMarks {
  masksText(id: number): boolean;
  blocks(id: number): boolean;
}

interface Parent {
  tag: string;
  masked: boolean;
}

/**
 * Returns a serialized subtree that is safe to build, or null when the
 * node itself is malformed. Unchanged nodes are returned as they are.
 * Every element is recorded in `context.tags`.
 */
export function sanitizeNode(
  node: unknown,
  context: SanitizeContext,
  marks: PrivacyMarks | null,
  parent: Parent = { tag: '', masked: false },
  depth = 0,
): serializedNodeWithId | null {
  if (depth > MAX_DEPTH) {
    context.note('node-too-deep');
    return null;
  }
  if (!isValidNode(node)) {
    context.note('invalid-node');
    return null;
  }
  if (context.snapshotIds?.has(node.id)) context.note('duplicate-node-id');
  context.snapshotIds?.add(node.id);

  switch (node.type) {
    case NodeType.Element:
      return sanitizeElement(node, context, marks, parent, depth);
    case NodeType.Document:
      return sanitizeChildren(node, context, marks, parent, depth);
    case NodeType.Text:
      return sanitizeText(node, context, marks, parent);
    case NodeType.CDATA:
      // HTML documents cannot create CDATA sections: building one throws.
      return sanitizeText(
        { id: node.id, type: NodeType.Text, textContent: node.textContent },
        context,
        marks,
        parent,
      );
    case NodeType.DocumentType:
      return VALID_TAG.test(node.name) ? node : { ...node, name: 'html' };
    default:
      return node;
  }
}

function isValidNode(node: unknown): node is serializedNodeWithId {
  if (!isPlainObject(node)) return false;
  if (typeof node.id !== 'number' || !Number.isInteger(node.id)) return false;

  switch (node.type) {
    case NodeType.Document:
      return Array.isArray(node.childNodes);
    case NodeType.Element:
      return (
        typeof node.tagName === 'string' &&
        isPlainObject(node.attributes) &&
        Array.isArray(node.childNodes)
      );
    case NodeType.DocumentType:
      return typeof node.name === 'string';
    case NodeType.Text:
    case NodeType.CDATA:
    case NodeType.Comment:
      return typeof node.textContent === 'string';
    default:
      return false;
  }
}

function sanitizeElement(
  node: serializedNodeWithId & { type: NodeType.Element },
  context: SanitizeContext,
  marks: PrivacyMarks | null,
  parent: Parent,
  depth: number,
): serializedNodeWithId | null {
  if (!VALID_TAG.test(node.tagName)) {
    context.note('invalid-node');
    return null;
  }

  const tag = node.tagName.toLowerCase();
  let result: typeof node = node;
  if (isDangerousElement(tag, node.attributes)) {
    if (tag !== 'script') context.note('unsafe-content');
    const attributes = { [ORIGINAL_TAG_ATTRIBUTE]: tag };
    result = { ...node, tagName: NEUTRALIZED_TAG, attributes };
  } else {
    const attributes = sanitizeAttributes(tag, node.attributes, context);
    const withPrivacy = privateAttributes(
      tag,
      attributes,
      { id: node.id, parentTag: parent.tag },
      context,
      marks,
    );
    if (withPrivacy !== node.attributes) {
      result = { ...node, attributes: withPrivacy as typeof node.attributes };
    }
  }

  // rrweb-snapshot empties `childNodes` of a textarea that has a `value`
  // when it builds one, so a shared node would change the input, which
  // other replayers of the same recording have yet to sanitize.
  if (result === node && tag === 'textarea') result = { ...node };

  const resultTag = result.tagName.toLowerCase();
  context.tags.set(node.id, tagKey(resultTag, result.attributes.type));
  const masked =
    parent.masked ||
    (marks !== null && (marks.masksText(node.id) || marks.blocks(node.id)));
  return sanitizeChildren(
    result,
    context,
    marks,
    { tag: resultTag, masked },
    depth,
  );
}

/** Key of an element in `SanitizeContext.tags`. */
export function tagKey(tag: string, type: unknown): string {
  return tag === 'input' && typeof type === 'string'
    ? `input:${type.toLowerCase()}`
    : tag;
}

function isDangerousElement(
  tag: string,
  attributes: Record<string, unknown>,
): boolean {
  if (DANGEROUS_TAGS.has(tag)) return true;
  if (tag === 'meta') {
    return Object.keys(attributes).some(
      (name) => name.toLowerCase() === 'http-equiv',
    );
  }
  if (tag === 'link') {
    return !isStylesheetRel(attributes.rel) && !('_cssText' in attributes);
  }
  if (ANIMATION_TAGS.has(tag)) {
    const target = attributes.attributeName ?? attributes.attributename;
    return typeof target === 'string' && /href|src|^on|action/i.test(target);
  }
  return false;
}

/**
 * Applies input masking and block marks to an element's attributes. A
 * blocked element keeps its size and is painted as a placeholder by the
 * replay styles; its media sources are dropped.
 */
function privateAttributes(
  tag: string,
  attributes: Record<string, unknown>,
  { id, parentTag }: { id: number; parentTag: string },
  context: SanitizeContext,
  marks: PrivacyMarks | null,
): Record<string, unknown> {
  let result = attributes;
  const type = typeof attributes.type === 'string' ? attributes.type : '';
  if (
    context.maskInputs &&
    isMaskedField(tag, type) &&
    typeof attributes.value === 'string'
  ) {
    result = { ...result, value: maskText(attributes.value) };
  }
  // A select shows its chosen option, so masking drops the choice.
  const inSelect = parentTag === 'select' || parentTag === 'optgroup';
  if (context.maskInputs && tag === 'option' && inSelect) {
    const { selected, ...rest } = result;
    if (selected !== undefined) result = rest;
  }
  if (marks?.blocks(id)) {
    const { src, srcset, poster, rr_dataURL, ...rest } = result;
    void [src, srcset, poster, rr_dataURL];
    result = { ...rest, 'data-reprise-blocked': '' };
  }
  return result;
}

/** True for a form field whose value the user typed or chose. */
export function isMaskedField(tag: string, type: string): boolean {
  if (tag === 'textarea' || tag === 'select') return true;
  return tag === 'input' && !UNMASKED_INPUT_TYPES.has(type.toLowerCase());
}

function sanitizeChildren<T extends serializedNodeWithId>(
  node: T,
  context: SanitizeContext,
  marks: PrivacyMarks | null,
  parent: Parent,
  depth: number,
): T {
  const children = (node as { childNodes?: unknown[] }).childNodes;
  if (!children) return node;
  let result: serializedNodeWithId[] | null = null;

  children.forEach((child, index) => {
    const sanitized = sanitizeNode(child, context, marks, parent, depth + 1);
    if (sanitized !== child && result === null) {
      result = children.slice(0, index) as serializedNodeWithId[];
    }
    if (result !== null && sanitized !== null) result.push(sanitized);
  });
  return result === null ? node : { ...node, childNodes: result };
}

function sanitizeText(
  node: serializedNodeWithId & { type: NodeType.Text },
  context: SanitizeContext,
  marks: PrivacyMarks | null,
  parent: Parent,
): serializedNodeWithId {
  if (parent.tag === 'style') {
    context.styleTexts.add(node.id);
    const css = sanitizeCss(node.textContent, context);
    return css === node.textContent ? node : { ...node, textContent: css };
  }
  if (parent.tag === 'textarea') context.fieldTexts.add(node.id);
  const masked =
    parent.masked ||
    (context.maskInputs && parent.tag === 'textarea') ||
    (marks?.masksText(node.id) ?? false);
  if (!masked || parent.tag === 'script') return node;
  return { ...node, textContent: maskText(node.textContent) };
}
