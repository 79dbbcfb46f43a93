/**
 * Attribute normalization. Replay legitimately renames or adds a few
 * attributes; these rules undo that on both sides, so only real
 * differences remain:
 *
 * - `rr_*` attributes (such as `rr_open_mode` on dialogs) are rrweb's
 *   replay bookkeeping and are dropped;
 * - form state travels as live state, not as attributes: `value` on
 *   inputs, textareas and selects, `checked` on inputs and `selected` on
 *   options are dropped here and compared as `value` / `checked`;
 * - `autocomplete` on inputs and textareas is dropped: the rebuild sets
 *   it to `off` so that the browser does not autofill replayed fields;
 * - a stylesheet `<link>` is inlined as a `<style>` by the recorder, which
 *   removes its `rel` and `href`;
 * - classes a replayer adds for itself are removed (`:hover` on hovered
 *   elements, rrweb's `rrweb-paused` on `<html>`), and an empty `class`
 *   counts as no class;
 * - `src` and `href` are compared as absolute URLs, because the recorder
 *   makes them absolute.
 */
export function describeAttributes(
  element: Element,
): Record<string, string> | undefined {
  const tag = element.localName;
  const result: Record<string, string> = {};

  for (const { name, value } of [...element.attributes]) {
    if (isDropped(tag, name, element)) continue;
    if (name === 'class') {
      const classes = value.split(/\s+/).filter(keepClass);
      if (classes.length > 0) result.class = classes.join(' ');
    } else if (URL_ATTRIBUTES.has(name)) {
      result[name] = absoluteUrl(element, tag, value);
    } else {
      result[name] = value;
    }
  }

  const names = Object.keys(result).sort();
  if (names.length === 0) return undefined;
  return Object.fromEntries(names.map((name) => [name, result[name] ?? '']));
}

/** True for a `<link>` whose stylesheet the recorder could inline. */
export function isInlinedLink(element: Element): boolean {
  if (element.localName !== 'link') return false;
  const link = element as HTMLLinkElement;
  return /\bstylesheet\b/i.test(link.rel) && link.sheet !== null;
}

const URL_ATTRIBUTES = new Set(['src', 'href']);
const FORM_STATE: Record<string, string[]> = {
  input: ['value', 'checked', 'autocomplete'],
  textarea: ['value', 'autocomplete'],
  select: ['value'],
  option: ['selected'],
};

function isDropped(tag: string, name: string, element: Element): boolean {
  if (name.startsWith('rr_')) return true;
  if (FORM_STATE[tag]?.includes(name)) return true;
  return (name === 'rel' || name === 'href') && isInlinedLink(element);
}

/** Classes a replayer adds for its own use. */
const REPLAYER_CLASSES = new Set(['', ':hover', 'rrweb-paused']);

function keepClass(name: string): boolean {
  return !REPLAYER_CLASSES.has(name);
}

function absoluteUrl(element: Element, tag: string, value: string): string {
  if (tag === 'use' && value.startsWith('#')) return value;
  if (value === '' || value.startsWith('data:')) return value;
  try {
    return new URL(value, element.baseURI).href;
  } catch {
    return value;
  }
}
