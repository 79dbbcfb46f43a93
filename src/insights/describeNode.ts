import { NodeType } from '@rrweb/types';
import type { IndexedNode, NodeIndex } from './NodeIndex';
import { truncate, visibleText } from './visibleText';
import type { Resolved } from './Resolved';

/** Length limits for target descriptions. */
export interface DescribeOptions {
  /** Maximum length of the quoted label (visible text, aria-label...).
   * @default 40 */
  maxTextLength?: number | undefined;
  /** Maximum length of the link target shown after `href`, in characters.
   * @default 60 */
  maxHrefLength?: number | undefined;
  /** Maximum number of class names; generated ones are skipped.
   * @default 2 */
  maxClasses?: number | undefined;
}

/** `DescribeOptions` with every default applied. */
export type ResolvedDescribeOptions = Resolved<DescribeOptions>;

/** Applies defaults field by field: an explicit `undefined` keeps one. */
export function resolveDescribeOptions(
  options: DescribeOptions = {},
): ResolvedDescribeOptions {
  return {
    maxTextLength: options.maxTextLength ?? 40,
    maxHrefLength: options.maxHrefLength ?? 60,
    maxClasses: options.maxClasses ?? 2,
  };
}

/** Form fields whose content is what the user typed: never shown. */
const FIELD_TAGS = new Set(['input', 'textarea', 'select']);
const BUTTON_INPUT_TYPES = new Set(['button', 'submit', 'reset']);
const MAX_NAME_LENGTH = 40;

/**
 * Describes node `id`, as it is in `index` now, in a short readable form,
 * for example `button "Add todo"`, `a "Docs" (href /docs)` or
 * `input[type=checkbox] #agree`. A click on a text node describes its
 * element. The text typed into form fields is never included.
 */
export function describeNode(
  index: NodeIndex,
  id: number,
  options: ResolvedDescribeOptions = resolveDescribeOptions(),
): string {
  let node = index.get(id);
  if (node?.type === NodeType.Text && node.parentId !== undefined) {
    node = index.get(node.parentId);
  }
  if (!node && id < 0) return 'an element the recorder left out';
  if (!node) return `node ${id} (not in the snapshot)`;
  if (node.type === NodeType.Document) return 'document';
  if (node.tagName === undefined) return `node ${id}`;

  const parts = [selectorOf(node, options)];
  const label = labelOf(index, node, options.maxTextLength);
  if (label) parts.push(`"${label}"`);

  const href = node.tagName === 'a' ? node.attributes.get('href') : undefined;
  if (href !== undefined && href !== '') {
    parts.push(`(href ${truncate(String(href), options.maxHrefLength)})`);
  }
  return parts.join(' ');
}

/** Builds `tag[type=..][role=..] #id .class.class` from what is present. */
function selectorOf(
  node: IndexedNode,
  options: ResolvedDescribeOptions,
): string {
  const attribute = (name: string): string =>
    truncate(String(node.attributes.get(name) ?? ''), MAX_NAME_LENGTH);

  let selector = node.tagName ?? '';
  if (node.tagName === 'input' && attribute('type')) {
    selector += `[type=${attribute('type')}]`;
  }
  if (attribute('role')) selector += `[role=${attribute('role')}]`;

  const parts = [selector];
  if (attribute('id')) parts.push(`#${attribute('id')}`);

  const classes = String(node.attributes.get('class') ?? '')
    .split(/\s+/)
    .filter(isReadableClass)
    .slice(0, options.maxClasses)
    .map((name) => `.${truncate(name, MAX_NAME_LENGTH)}`);
  if (classes.length > 0) parts.push(classes.join(''));
  return parts.join(' ');
}

/**
 * Checks that a class name means something to a person. Generated names
 * (`css-g5y9jx`, `module__inM8fdc7b25`) and utility variants with
 * brackets, colons or slashes (`text-[#424242]`, `md:flex`) are left out.
 */
export function isReadableClass(name: string): boolean {
  if (!/^-?[A-Za-z_][\w-]*$/.test(name)) return false;
  return !name
    .split(/[-_]+/)
    .some((part) => part.length >= 4 && /\d/.test(part) && /\D/.test(part));
}

/** Returns the label a person would read for the element, or ''. */
function labelOf(
  index: NodeIndex,
  node: IndexedNode,
  maxLength: number,
): string {
  const attribute = (name: string): string =>
    truncate(String(node.attributes.get(name) ?? ''), maxLength);
  const tag = node.tagName ?? '';

  if (attribute('aria-label')) return attribute('aria-label');
  if (FIELD_TAGS.has(tag)) {
    const type = String(node.attributes.get('type') ?? '').toLowerCase();
    if (tag === 'input' && BUTTON_INPUT_TYPES.has(type)) {
      return attribute('value');
    }
    return attribute('placeholder') || attribute('title');
  }
  if (tag === 'img') return attribute('alt') || attribute('title');
  if (node.attributes.has('contenteditable')) return attribute('title');

  return visibleText(index, node.id, maxLength) || attribute('title');
}
