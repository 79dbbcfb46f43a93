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

/** Returns a Mutation event's data with adds, texts and attributes made safe. */
export function sanitizeMutation(
  data: Data,
  context: SanitizeContext,
  matcher: PrivacyMatcher | null,
): Data {
  const privacy = matcher?.mutation(data) ?? null;
  const marks = privacy?.marks ?? NO_MARKS;
  const adds = Array.isArray(data.adds)
    ? data.adds.flatMap((add: unknown) => sanitizeAdd(add, context, marks))
    : data.adds;
  const texts = Array.isArray(data.texts)
    ? data.texts.map((text: unknown) =>
        sanitizeTextChange(text, context, marks),
      )
    : data.texts;
  const attributes = Array.isArray(data.attributes)
    ? data.attributes.map((change: unknown) =>
        sanitizeAttributeChange(change, context),
      )
    : data.attributes;

  return {
    ...data,
    adds,
    texts:
      privacy && Array.isArray(texts) ? [...texts, ...privacy.texts] : texts,
    attributes:
      privacy && Array.isArray(attributes)
        ? [...attributes, ...privacy.attributes]
        : attributes,
  };
}

function sanitizeAdd(
  add: unknown,
  context: SanitizeContext,
  marks: PrivacyMarks,
): unknown[] {
  if (!isPlainObject(add)) return [add];
  const parentTag = context.tags.get(add.parentId as number) ?? '';
  const parent = { tag: parentTag.replace(/:.*$/, ''), masked: false };
  const node = sanitizeNode(add.node, context, marks, parent);
  if (node === null) return [];
  return node === add.node ? [add] : [{ ...add, node }];
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
