import { NodeType } from '@rrweb/types';
import type { attributeMutation, textMutation } from '@rrweb/types';
import { isPlainObject } from '../../events/isPlainObject';
import { maskText } from './mask';
import type { PrivacyMarks } from './sanitizeNode';
import { MAX_DEPTH } from './sanitizeNode';

const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';

/** Attributes that could make an element in the matching copy fetch. */
const SKIPPED_ATTRIBUTE =
  /^(?:on|src|srcset|href|xlink:href|style|poster|background|data$|action|formaction|srcdoc)/i;

const BLOCKED_ATTRIBUTE = 'data-reprise-blocked';

/** Changes a mutation needs so privacy marks follow the page. */
export interface MutationMarks {
  marks: PrivacyMarks;
  /** Masked values for text that became private through this mutation. */
  texts: textMutation[];
  /** Block marks that this mutation's attribute changes add or remove. */
  attributes: attributeMutation[];
}

/**
 * Finds the nodes that `maskTextSelector` and `blockSelector` match.
 * Selectors need a DOM, and the sanitizer runs before the replay has one.
 * So this class keeps an inert copy of the recorded tree (elements,
 * attributes that fetch nothing, and text) in a document without a
 * window. Every mutation updates the copy, and selectors match against it.
 */
export class PrivacyMatcher {
  private readonly doc: Document;
  private readonly nodes = new Map<number, Node>();
  private readonly ids = new WeakMap<Node, number>();
  private readonly maskedTexts = new Set<number>();
  private readonly blocked = new Set<number>();
  private readonly selector: string;

  constructor(
    private readonly maskSelector: string | undefined,
    private readonly blockSelector: string | undefined,
  ) {
    this.doc = document.implementation.createHTMLDocument('');
    this.selector = [maskSelector, blockSelector].filter(Boolean).join(', ');
    for (const [option, selector] of [
      ['maskTextSelector', maskSelector],
      ['blockSelector', blockSelector],
    ] as const) {
      if (selector !== undefined) this.checkSelector(option, selector);
    }
  }

  /** Rebuilds the copy from a full snapshot's tree and marks it. */
  snapshot(root: unknown): PrivacyMarks {
    this.nodes.clear();
    this.maskedTexts.clear();
    this.blocked.clear();
    this.doc.replaceChildren();
    const children = isPlainObject(root) ? root.childNodes : undefined;
    for (const child of Array.isArray(children) ? children : []) {
      const built = this.build(child, 0);
      if (built && built.nodeType === Node.ELEMENT_NODE) {
        this.doc.appendChild(built);
      }
    }
    return this.markSubtree(this.doc);
  }

  /** Applies a mutation to the copy and returns its privacy marks. */
  mutation(data: Record<string, unknown>): MutationMarks {
    for (const remove of listOf(data.removes)) this.remove(remove.id);
    const added: Node[] = [];
    for (const add of listOf(data.adds)) {
      const node = this.place(add);
      if (node) added.push(node);
    }

    const texts = this.updateTexts(listOf(data.texts));
    const attributes = this.updateAttributes(listOf(data.attributes), texts);
    const markSets = added.map((node) => this.markSubtree(node));
    const marks: PrivacyMarks = {
      masksText: (id) =>
        this.maskedTexts.has(id) || markSets.some((set) => set.masksText(id)),
      blocks: (id) => markSets.some((set) => set.blocks(id)),
    };
    return { marks, texts, attributes };
  }

  private checkSelector(option: string, selector: string): void {
    try {
      this.doc.querySelector(selector);
    } catch {
      throw new TypeError(
        `${option} "${selector}" is not a valid CSS selector. Pass a ` +
          'selector that document.querySelector accepts.',
      );
    }
  }

  private build(serialized: unknown, depth: number): Node | null {
    if (!isPlainObject(serialized) || depth > MAX_DEPTH) return null;
    const { id, type } = serialized;
    if (typeof id !== 'number') return null;

    let node: Node | null = null;
    if (type === NodeType.Text && typeof serialized.textContent === 'string') {
      node = this.doc.createTextNode(serialized.textContent);
    } else if (type === NodeType.Element) {
      node = this.buildElement(serialized);
      // Style sheet text is never masked, and left out so that nothing in
      // the copy parses CSS, which could fetch.
      const children = isStyle(node) ? [] : serialized.childNodes;
      for (const child of Array.isArray(children) ? children : []) {
        const built = node && this.build(child, depth + 1);
        if (built) node?.appendChild(built);
      }
    }
    if (node) {
      this.nodes.set(id, node);
      this.ids.set(node, id);
    }
    return node;
  }

  private buildElement(serialized: Record<string, unknown>): Element | null {
    const { tagName, attributes } = serialized;
    if (typeof tagName !== 'string') return null;

    let element: Element;
    try {
      element =
        serialized.isSVG === true
          ? this.doc.createElementNS(SVG_NAMESPACE, tagName)
          : this.doc.createElement(tagName);
    } catch {
      return null;
    }
    if (isPlainObject(attributes)) {
      for (const [name, value] of Object.entries(attributes)) {
        setCopyAttribute(element, name, value);
      }
    }
    return element;
  }

  private remove(id: unknown): void {
    const node = typeof id === 'number' ? this.nodes.get(id) : undefined;
    if (!node) return;
    node.parentNode?.removeChild(node);
    this.forget(node);
  }

  private forget(root: Node): void {
    const stack = [root];
    while (stack.length > 0) {
      const node = stack.pop()!;
      const id = this.ids.get(node);
      if (id !== undefined && this.nodes.get(id) === node) {
        this.nodes.delete(id);
        this.maskedTexts.delete(id);
        this.blocked.delete(id);
      }
      stack.push(...node.childNodes);
    }
  }

  private place(add: Record<string, unknown>): Node | null {
    const parent = this.nodes.get(add.parentId as number);
    const node = parent && !isStyle(parent) ? this.build(add.node, 0) : null;
    if (!parent || !node) return null;

    const next = this.nodes.get(add.nextId as number);
    try {
      parent.insertBefore(node, next?.parentNode === parent ? next : null);
    } catch {
      return null;
    }
    return node;
  }

  private updateTexts(changes: Record<string, unknown>[]): textMutation[] {
    for (const { id, value } of changes) {
      const node = this.nodes.get(id as number);
      if (node?.nodeType === Node.TEXT_NODE && typeof value === 'string') {
        (node as Text).data = value;
        if (this.isPrivate(node)) this.maskedTexts.add(id as number);
      }
    }
    return [];
  }

  /**
   * Applies attribute changes; where one makes a subtree private, its
   * text is masked by text changes added to the same mutation.
   */
  private updateAttributes(
    changes: Record<string, unknown>[],
    texts: textMutation[],
  ): attributeMutation[] {
    const marks: attributeMutation[] = [];
    for (const { id, attributes } of changes) {
      const element = this.nodes.get(id as number);
      if (element?.nodeType !== Node.ELEMENT_NODE) continue;
      if (!isPlainObject(attributes)) continue;
      for (const [name, value] of Object.entries(attributes)) {
        setCopyAttribute(element as Element, name, value);
      }
      this.remask(element as Element, texts, marks);
    }
    return marks;
  }

  private remask(
    root: Element,
    texts: textMutation[],
    marks: attributeMutation[],
  ): void {
    const set = this.markSubtree(root);
    const walker = this.doc.createTreeWalker(root, NodeFilter.SHOW_ALL);
    for (let node: Node | null = root; node; node = walker.nextNode()) {
      const id = this.ids.get(node);
      if (id === undefined) continue;
      if (node.nodeType === Node.TEXT_NODE && set.masksText(id)) {
        texts.push({ id, value: maskText((node as Text).data) });
      }
      if (node.nodeType !== Node.ELEMENT_NODE) continue;
      const blocked = (node as Element).matches(
        this.blockSelector ?? ':not(*)',
      );
      if (blocked === this.blocked.has(id)) continue;
      if (blocked) this.blocked.add(id);
      else this.blocked.delete(id);
      marks.push({
        id,
        attributes: { [BLOCKED_ATTRIBUTE]: blocked ? '' : null },
      });
    }
  }

  private isPrivate(node: Node): boolean {
    return node.parentElement?.closest(this.selector) != null;
  }

  /**
   * Marks the private nodes in the subtree at `root` that are not marked
   * yet: elements the selectors match, and the text inside them.
   */
  private markSubtree(root: Node): PrivacyMarks {
    const masked = new Set<number>();
    const blocked = new Set<number>();
    if (root.nodeType === Node.TEXT_NODE) {
      const id = this.ids.get(root);
      if (id !== undefined && this.isPrivate(root)) {
        masked.add(id);
        this.maskedTexts.add(id);
      }
      return { masksText: (id) => masked.has(id), blocks: () => false };
    }
    const inside =
      root.nodeType === Node.ELEMENT_NODE &&
      (root as Element).closest(this.selector) !== null;
    const matches = [
      ...(inside ? [root as Element] : []),
      ...(root as ParentNode).querySelectorAll(this.selector),
    ];

    for (const element of matches) {
      const id = this.ids.get(element);
      if (id !== undefined && this.blockSelector) {
        if (element.matches(this.blockSelector)) blocked.add(id);
      }
      if (id !== undefined) masked.add(id);
      this.collectTexts(element, masked);
    }
    for (const id of blocked) this.blocked.add(id);
    return {
      masksText: (id) => masked.has(id),
      blocks: (id) => blocked.has(id),
    };
  }

  private collectTexts(element: Element, masked: Set<number>): void {
    const walker = this.doc.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const id = this.ids.get(node);
      if (id === undefined || this.maskedTexts.has(id)) continue;
      masked.add(id);
      this.maskedTexts.add(id);
    }
  }
}

function setCopyAttribute(element: Element, name: string, value: unknown) {
  if (SKIPPED_ATTRIBUTE.test(name)) return;
  try {
    if (value === null || value === false) element.removeAttribute(name);
    else if (typeof value !== 'object')
      element.setAttribute(name, String(value));
  } catch {
    // Names that are not valid XML names cannot be matched either.
  }
}

function isStyle(node: Node | null): boolean {
  return (node as Element | null)?.localName === 'style';
}

function listOf(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter(isPlainObject) : [];
}
