import { isPlainObject } from '../../events/isPlainObject';
import { maskText } from './mask';
import type { PrivacyMatcher } from './PrivacyMatcher';
import { sanitizeAttribute } from './sanitizeAttributes';
import type { SanitizeContext } from './SanitizeContext';
import { sanitizeCss } from './sanitizeCss';
import { isMaskedField, sanitizeNode, tagKey } from './sanitizeNode';
import type { PrivacyMarks } from './sanitizeNode';

type Data = Record<string, unknown>;

const NO_MARKS: PrivacyMarks = { masksText: () => false, blocks: () => false };

/**
 * Returns a Mutation event's data with adds, texts and attributes made
 * safe, or `data` itself when nothing changed.
 */
export function sanitizeMutation(
  data: Data,
  context: SanitizeContext,
  matcher: PrivacyMatcher | null,
): Data {
  const privacy = matcher?.mutation(data) ?? null;
  const marks = privacy?.marks ?? NO_MARKS;
  const adds = mapList(data.adds, (add) => sanitizeAdd(add, context, marks));
  const texts = mapList(data.texts, (text) =>
    sanitizeTextChange(text, context, marks),
  );
  const attributes = mapList(data.attributes, (change) =>
    sanitizeAttributeChange(change, context),
  );
  const extraTexts = privacy?.texts ?? [];
  const extraAttributes = privacy?.attributes ?? [];

  const unchanged =
    adds === data.adds &&
    texts === data.texts &&
    attributes === data.attributes &&
    extraTexts.length === 0 &&
    extraAttributes.length === 0;
  if (unchanged) return data;
  return {
    ...data,
    adds,
    texts: Array.isArray(texts) ? [...texts, ...extraTexts] : texts,
    attributes: Array.isArray(attributes)
      ? [...attributes, ...extraAttributes]
      : attributes,
  };
}

/** Returned by a `mapList` callback to leave an item out. */
const DROP = Symbol('drop');

/**
 * Maps each item of `list` to a new item, or to `DROP` to leave it out.
 * Returns `list` itself when every item maps to itself, and non-arrays
 * as they are.
 */
function mapList(
  list: unknown,
  map: (item: unknown) => unknown | typeof DROP,
): unknown {
  if (!Array.isArray(list)) return list;
  let result: unknown[] | null = null;

  list.forEach((item: unknown, index) => {
    const mapped = map(item);
    if (mapped !== item && result === null) result = list.slice(0, index);
    if (result !== null && mapped !== DROP) result.push(mapped);
  });
  return result ?? list;
}

function sanitizeAdd(
  add: unknown,
  context: SanitizeContext,
  marks: PrivacyMarks,
): unknown {
  if (!isPlainObject(add)) return add;
  const parentTag = context.tags.get(add.parentId as number) ?? '';
  const parent = { tag: parentTag.replace(/:.*$/, ''), masked: false };
  const node = sanitizeNode(add.node, context, marks, parent);
  if (node === null) return DROP;
  return node === add.node ? add : { ...add, node };
}

function sanitizeTextChange(
  change: unknown,
  context: SanitizeContext,
  marks: PrivacyMarks,
): unknown {
  if (!isPlainObject(change) || typeof change.value !== 'string') {
    return change;
  }
  const id = change.id as number;
  let value = change.value;
  const isField = context.maskInputs && context.fieldTexts.has(id);
  if (context.styleTexts.has(id)) value = sanitizeCss(value, context);
  else if (isField || marks.masksText(id)) value = maskText(value);
  return value === change.value ? change : { ...change, value };
}

function sanitizeAttributeChange(
  change: unknown,
  context: SanitizeContext,
): unknown {
  if (!isPlainObject(change) || !isPlainObject(change.attributes)) {
    return change;
  }
  const id = change.id as number;
  const key = context.tags.get(id) ?? '';
  const tag = key.replace(/:.*$/, '');
  const attributes: Data = {};
  let changed = false;

  for (const [name, value] of Object.entries(change.attributes)) {
    let safe = sanitizeAttribute(tag, name, value as never, context);
    if (
      name === 'value' &&
      typeof safe === 'string' &&
      masksValue(key, context)
    ) {
      safe = maskText(safe);
    }
    // A select shows its chosen option, so masking drops the choice.
    if (name === 'selected' && tag === 'option' && context.maskInputs) {
      safe = undefined;
    }
    if (name === 'type' && tag === 'input') {
      context.tags.set(id, tagKey(tag, value));
    }
    if (safe !== value) changed = true;
    if (safe !== undefined) attributes[name] = safe;
  }
  return changed ? { ...change, attributes } : change;
}

/** True when Input events and `value` changes of element `key` are masked. */
export function masksValue(key: string, context: SanitizeContext): boolean {
  if (!context.maskInputs) return false;
  if (key === '') return true;
  const [tag = '', type = ''] = key.split(':');
  return isMaskedField(tag, type);
}
