import { describeAttributes, isInlinedLink } from './describeAttributes';
import { describeCss } from './describeCss';
import type { DocumentDescription, DomNode } from './DomNode';
import { hashText } from './DomNode';

export interface DescribeOptions {
  /**
   * Elements left out with their subtree: what a replayer injects into
   * the document for its own use. @default none
   */
  skip?: (element: Element) => boolean;
}

/**
 * Describes a document as the fidelity harness compares it: every element
 * and text node with normalized attributes and live state. The same code
 * runs in the recorded page and on replayed documents. Content of
 * `<script>` (replayed as `<noscript>`) and of stylesheets is not walked:
 * scripts never run in replay and sheets are compared rule by rule.
 */
export function describeDocument(
  doc: Document,
  options: DescribeOptions = {},
): DocumentDescription {
  const view = doc.defaultView;
  const root = doc.documentElement;
  return {
    root: root ? describeElement(root, options) : null,
    viewport: {
      width: view?.innerWidth ?? 0,
      height: view?.innerHeight ?? 0,
    },
  };
}

function describeNode(node: Node, options: DescribeOptions): DomNode | null {
  switch (node.nodeType) {
    case Node.ELEMENT_NODE:
      if (options.skip?.(node as Element)) return null;
      return describeElement(node as Element, options);
    case Node.TEXT_NODE:
      return { tag: '#text', text: node.nodeValue ?? '' };
    case Node.COMMENT_NODE:
      return { tag: '#comment', text: node.nodeValue ?? '' };
    default:
      return null;
  }
}

function describeElement(element: Element, options: DescribeOptions) {
  const described: DomNode = { tag: tagOf(element) };
  // Scripts never run in replay, and the sanitizer strips the attributes
  // of the inert element that stands for one, so they are not compared.
  const attrs =
    described.tag === 'script' ? undefined : describeAttributes(element);
  if (attrs) described.attrs = attrs;
  Object.assign(described, describeState(element));

  if (described.tag === 'style') {
    const sheet = (element as HTMLStyleElement | HTMLLinkElement).sheet;
    described.css = describeCss(sheet);
    return described;
  }
  if (described.tag === 'script') return described;
  if (element.localName === 'reprise-neutralized') return described;

  const children = childrenOf(element)
    .map((child) => describeNode(child, options))
    .filter((child): child is DomNode => child !== null);
  if (children.length > 0) described.children = children;
  return described;
}

function tagOf(element: Element): string {
  const tag = element.localName;
  if (tag === 'noscript') return 'script';
  // The sanitizer replaces scripts, plugins and the like with an inert tag.
  if (tag === 'reprise-neutralized') {
    const original = element.getAttribute('data-reprise-tag');
    return original === 'noscript' || original === null ? 'script' : original;
  }
  if (isInlinedLink(element)) return 'style';
  return tag;
}

function childrenOf(element: Element): Node[] {
  const shadow = element.shadowRoot;
  const own = [...element.childNodes];
  return shadow ? [...shadow.childNodes, ...own] : own;
}

/** Live state that attributes do not show. */
function describeState(element: Element): Partial<DomNode> {
  const state: Partial<DomNode> = {};
  const tag = element.localName;
  const field = element as HTMLInputElement;

  if (
    tag === 'input' &&
    (field.type === 'checkbox' || field.type === 'radio')
  ) {
    state.checked = field.checked;
  } else if (tag === 'input' || tag === 'textarea' || tag === 'select') {
    state.value = field.value;
  } else if (tag === 'option') {
    state.checked = (element as HTMLOptionElement).selected;
  } else if (tag === 'dialog') {
    state.modal = element.matches(':modal');
  } else if (tag === 'canvas') {
    state.canvas = canvasHash(element as HTMLCanvasElement);
  }

  const left = Math.round(element.scrollLeft);
  const top = Math.round(element.scrollTop);
  if (left !== 0 || top !== 0) state.scroll = [left, top];
  return state;
}

function canvasHash(canvas: HTMLCanvasElement): string {
  try {
    return hashText(canvas.toDataURL());
  } catch (error) {
    return `unreadable: ${(error as Error).name}`;
  }
}
