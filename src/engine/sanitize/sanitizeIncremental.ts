import { IncrementalSource } from '@rrweb/types';
import { isPlainObject } from '../../events/isPlainObject';
import { maskText } from './mask';
import type { PrivacyMatcher } from './PrivacyMatcher';
import type { RedactionHooks } from './options';
import { redactConsole } from './redactPayloads';
import type { SanitizeContext } from './SanitizeContext';
import { sanitizeCss } from './sanitizeCss';
import { masksValue, sanitizeMutation } from './sanitizeMutation';

type Data = Record<string, unknown>;

/** Deepest canvas argument nesting that is searched for image URLs. */
const MAX_ARG_DEPTH = 8;

/** Returns an IncrementalSnapshot's data made safe for its source. */
export function sanitizeIncremental(
  data: Data,
  context: SanitizeContext,
  matcher: PrivacyMatcher | null,
  redact: RedactionHooks,
): Data | null {
  switch (data.source) {
    case IncrementalSource.Mutation:
      return sanitizeMutation(data, context, matcher);
    case IncrementalSource.Input:
      return sanitizeInput(data, context);
    case IncrementalSource.StyleSheetRule:
      return sanitizeRuleChange(data, context);
    case IncrementalSource.StyleDeclaration:
      return sanitizeDeclaration(data, context);
    case IncrementalSource.AdoptedStyleSheet:
      return sanitizeAdoption(data, context);
    case IncrementalSource.Font:
      return sanitizeFont(data, context);
    case IncrementalSource.CanvasMutation:
      return sanitizeCanvasImages(data, context, 0) as Data;
    case IncrementalSource.Log:
      return redactConsole(data, redact);
    default:
      return data;
  }
}

function sanitizeInput(data: Data, context: SanitizeContext): Data {
  const key = context.tags.get(data.id as number) ?? '';
  if (typeof data.text !== 'string' || !masksValue(key, context)) return data;
  return { ...data, text: maskText(data.text) };
}

function sanitizeRuleChange(data: Data, context: SanitizeContext): Data {
  let result = data;
  const recorded: unknown = data.adds;
  if (Array.isArray(recorded)) {
    const adds = recorded.map((add: unknown) =>
      isPlainObject(add) && typeof add.rule === 'string'
        ? withRule(add, sanitizeCss(add.rule, context))
        : add,
    );
    if (changed(adds, recorded)) result = { ...result, adds };
  }
  for (const field of ['replace', 'replaceSync'] as const) {
    const css = data[field];
    if (typeof css !== 'string') continue;
    const safe = sanitizeCss(css, context);
    if (safe !== css) result = { ...result, [field]: safe };
  }
  return result;
}

function withRule(item: Data, rule: string): Data {
  return rule === item.rule ? item : { ...item, rule };
}

function sanitizeDeclaration(data: Data, context: SanitizeContext): Data {
  const { set } = data;
  if (!isPlainObject(set) || typeof set.value !== 'string') return data;
  const value = sanitizeCss(set.value, context);
  return value === set.value ? data : { ...data, set: { ...set, value } };
}

function sanitizeAdoption(data: Data, context: SanitizeContext): Data {
  if (!Array.isArray(data.styles)) return data;
  const styles = data.styles.map((style: unknown) => {
    if (!isPlainObject(style) || !Array.isArray(style.rules)) return style;
    const rules = style.rules.map((rule: unknown) =>
      isPlainObject(rule) && typeof rule.rule === 'string'
        ? withRule(rule, sanitizeCss(rule.rule, context))
        : rule,
    );
    return changed(rules, style.rules) ? { ...style, rules } : style;
  });
  return changed(styles, data.styles) ? { ...data, styles } : data;
}

function changed(items: unknown[], original: unknown[]): boolean {
  return items.some((item, index) => item !== original[index]);
}

function sanitizeFont(data: Data, context: SanitizeContext): Data {
  if (data.buffer === true || typeof data.fontSource !== 'string') return data;
  const source = sanitizeCss(data.fontSource, context, 'font');
  return source === data.fontSource ? data : { ...data, fontSource: source };
}

/**
 * Rewrites the URLs of images that canvas commands draw (an image
 * argument's `src`, or rrweb 1.x's URL string) with the asset policy. A
 * blocked image becomes an empty `data:` URL, which draws nothing.
 */
function sanitizeCanvasImages(
  value: unknown,
  context: SanitizeContext,
  depth: number,
): unknown {
  if (depth > MAX_ARG_DEPTH) return value;
  if (Array.isArray(value)) {
    const items = value.map((item) =>
      sanitizeCanvasImages(item, context, depth + 1),
    );
    return items.some((item, index) => item !== value[index]) ? items : value;
  }
  if (!isPlainObject(value)) return value;

  let result: Data | null = null;
  for (const [key, item] of Object.entries(value)) {
    const sanitized = sanitizeCanvasImages(item, context, depth + 1);
    if (sanitized === item) continue;
    result ??= { ...value };
    result[key] = sanitized;
  }
  if (value.rr_type === 'HTMLImageElement' && typeof value.src === 'string') {
    const src = context.asset(value.src, 'image') ?? 'data:,';
    if (src !== value.src) result = { ...(result ?? value), src };
  }
  const args = (result ?? value).args;
  if (value.property === 'drawImage' && Array.isArray(args)) {
    const [first, ...rest] = args as unknown[];
    const src =
      typeof first === 'string'
        ? (context.asset(first, 'image') ?? 'data:,')
        : first;
    if (src !== first) result = { ...(result ?? value), args: [src, ...rest] };
  }
  return result ?? value;
}
