import type { AssetKind } from './options';
import type { SanitizeContext } from './SanitizeContext';
import { sanitizeCss } from './sanitizeCss';
import { containsScriptUrl, isScriptUrl } from './urls';

/** A recorded attribute value; null removes it, objects are style diffs. */
export type RecordedAttribute = string | number | boolean | null | object;

/** Attributes that navigate or submit somewhere; never needed to show. */
const DROPPED = new Set([
  'srcdoc',
  'action',
  'formaction',
  'formtarget',
  'ping',
  'autofocus',
  'http-equiv',
]);

/** Attributes whose URL is fetched to show the element. */
const ASSET_ATTRIBUTES: Record<string, AssetKind> = {
  src: 'image',
  poster: 'image',
  background: 'image',
  lowsrc: 'image',
  dynsrc: 'image',
  codebase: 'other',
  archive: 'other',
  manifest: 'other',
  icon: 'image',
  profile: 'other',
};

/** Tags whose `src` loads audio or video rather than an image. */
const MEDIA_TAGS = new Set(['video', 'audio', 'source', 'track']);

/** Tags whose `href` follows a link instead of loading a resource. */
const LINK_TAGS = new Set(['a', 'area']);

/** SVG presentation attributes that may hold `url()` references. */
const CSS_VALUE_ATTRIBUTES = new Set([
  'fill',
  'stroke',
  'filter',
  'mask',
  'clip-path',
  'marker-start',
  'marker-mid',
  'marker-end',
  'cursor',
]);

/** Values of SVG animation elements that may set a link to a script URL. */
const ANIMATION_VALUES = new Set(['values', 'from', 'to', 'by']);

/**
 * Returns the attributes with everything unsafe removed and asset URLs
 * rewritten by the policy. Returns `attributes` itself when nothing
 * changed, so clean snapshots are not copied.
 */
export function sanitizeAttributes<T extends Record<string, unknown>>(
  tag: string,
  attributes: T,
  context: SanitizeContext,
): T {
  let result: Record<string, unknown> | null = null;

  for (const name of Object.keys(attributes)) {
    const value = attributes[name] as RecordedAttribute;
    const sanitized = sanitizeAttribute(tag, name, value, context);
    if (sanitized === value) continue;

    result ??= { ...attributes };
    if (sanitized === undefined) delete result[name];
    else result[name] = sanitized;
  }
  return (result ?? attributes) as T;
}

/**
 * Returns the safe value of one attribute, or undefined to drop it. A
 * null value (removal, in mutations) is always safe.
 */
export function sanitizeAttribute(
  tag: string,
  rawName: string,
  value: RecordedAttribute,
  context: SanitizeContext,
): RecordedAttribute | undefined {
  if (value === null) return value;
  const name = rawName.toLowerCase();
  // Assigning this name would change an object's prototype, not add a key.
  if (name === '__proto__') return undefined;

  if (name.startsWith('on')) {
    context.note('unsafe-content');
    return undefined;
  }
  // Links keep their target: the sandbox allows no popups or top-level
  // navigation. Forms lose theirs, with their action.
  const droppedTarget = name === 'target' && !LINK_TAGS.has(tag);
  if (DROPPED.has(name) || droppedTarget) {
    if (typeof value === 'string' && isScriptUrl(value)) {
      context.note('unsafe-content');
    }
    return undefined;
  }
  if (typeof value === 'object') {
    return name === 'style' ? sanitizeStyleDiff(value, context) : value;
  }
  if (typeof value !== 'string') return value;
  return sanitizeString(tag, name, value, context);
}

function sanitizeString(
  tag: string,
  name: string,
  value: string,
  context: SanitizeContext,
): string | undefined {
  if (name === 'style') return sanitizeCss(value, context);
  if (name === '_csstext') return sanitizeCss(value, context);
  if (name === 'rr_dataurl') {
    return /^data:image\//i.test(value.trim()) ? value : drop(context);
  }

  if (name === 'href' || name === 'xlink:href') {
    return sanitizeHref(tag, value, context);
  }
  if (name === 'src' && (tag === 'iframe' || tag === 'frame')) {
    // Recorded frames are rebuilt from their serialized documents.
    return undefined;
  }
  if (name === 'srcset' || name === 'imagesrcset') {
    return sanitizeSrcset(value, context);
  }

  const assetKind = ASSET_ATTRIBUTES[name];
  if (assetKind) {
    const kind = name === 'src' && MEDIA_TAGS.has(tag) ? 'media' : assetKind;
    return context.asset(value, kind) ?? undefined;
  }

  if (name === 'attributename' && /href|src|^on|action/i.test(value)) {
    return drop(context);
  }
  if (ANIMATION_VALUES.has(name) && containsScriptUrl(value)) {
    return drop(context);
  }
  if (CSS_VALUE_ATTRIBUTES.has(name) && /url\(/i.test(value)) {
    return sanitizeCss(value, context, 'svg');
  }
  if (name === 'rel' && tag === 'link' && !isStylesheetRel(value)) {
    return drop(context);
  }
  return isScriptUrl(value) ? drop(context) : value;
}

function drop(context: SanitizeContext): undefined {
  context.note('unsafe-content');
  return undefined;
}

/**
 * Links keep their target unless it is a script URL, which becomes `#`
 * so the link keeps its styling; every other `href` loads a resource.
 */
function sanitizeHref(
  tag: string,
  value: string,
  context: SanitizeContext,
): string | undefined {
  if (LINK_TAGS.has(tag) || tag === 'math' || tag === 'maction') {
    if (!isScriptUrl(value)) return value;
    context.note('unsafe-content');
    return '#';
  }
  const kind: AssetKind = tag === 'link' ? 'stylesheet' : 'svg';
  return context.asset(value, kind) ?? undefined;
}

function sanitizeSrcset(
  value: string,
  context: SanitizeContext,
): string | undefined {
  const candidates = value
    .split(',')
    .map((candidate) => candidate.trim())
    .filter((candidate) => candidate !== '');
  const kept: string[] = [];

  for (const candidate of candidates) {
    const [url = '', ...descriptor] = candidate.split(/\s+/);
    const allowed = context.asset(url, 'image');
    if (allowed !== null) kept.push([allowed, ...descriptor].join(' '));
  }
  return kept.length > 0 ? kept.join(', ') : undefined;
}

function sanitizeStyleDiff(diff: object, context: SanitizeContext): object {
  let result: Record<string, unknown> | null = null;

  for (const [property, value] of Object.entries(diff)) {
    let sanitized: unknown = value;
    if (typeof value === 'string') {
      sanitized = sanitizeCss(value, context);
    } else if (Array.isArray(value) && typeof value[0] === 'string') {
      const css = sanitizeCss(value[0], context);
      sanitized = css === value[0] ? value : [css, ...value.slice(1)];
    }
    if (sanitized === value) continue;
    result ??= { ...diff };
    result[property] = sanitized;
  }
  return result ?? diff;
}

/** True when a `<link>` with this `rel` only applies a style sheet. */
export function isStylesheetRel(rel: unknown): boolean {
  if (typeof rel !== 'string') return false;
  const tokens = rel.toLowerCase().split(/\s+/).filter(Boolean);
  return (
    tokens.includes('stylesheet') &&
    tokens.every((token) => token === 'stylesheet' || token === 'alternate')
  );
}
