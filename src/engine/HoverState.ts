/** Class that rrweb-snapshot's CSS rewrite adds beside each `:hover`. */
const HOVER_CLASS = ':hover';

/**
 * Reproduces `:hover` from the recorded pointer. rrweb-snapshot rewrites
 * every `a:hover` selector of inlined CSS to also match `a.\:hover`, so
 * marking the hovered element and its ancestors (across shadow roots) with
 * that class shows the hover styles the user saw.
 *
 * The class attribute is edited as text, not through classList, which
 * would rewrite the page's own spacing of class names.
 */
export class HoverState {
  private hovered: Node | null = null;
  /** Elements given the class, and whether each had a class attribute. */
  private marked: [Element, boolean][] = [];

  /**
   * Marks `node` and its ancestors. Called again with the same node, it
   * marks anew the elements whose class attribute a mutation replaced.
   */
  set(node: Node | null): void {
    if (node !== this.hovered) {
      this.clear();
      this.hovered = node;
      this.marked = ancestorsOf(node).map((element) => [element, false]);
    }

    for (const entry of this.marked) {
      const value = entry[0].getAttribute('class');
      if (hasHoverClass(value)) continue;
      entry[1] = value !== null;
      entry[0].setAttribute(
        'class',
        value === null ? HOVER_CLASS : `${value} ${HOVER_CLASS}`,
      );
    }
  }

  /** Forgets the hovered node after its document was replaced. */
  reset(): void {
    this.hovered = null;
    this.marked = [];
  }

  private clear(): void {
    for (const [element, hadClass] of this.marked) {
      const value = element.getAttribute('class');
      if (value === HOVER_CLASS && !hadClass) {
        element.removeAttribute('class');
      } else if (value?.endsWith(` ${HOVER_CLASS}`)) {
        element.setAttribute('class', value.slice(0, -HOVER_CLASS.length - 1));
      }
    }
    this.marked = [];
  }
}

function hasHoverClass(value: string | null): boolean {
  return value === HOVER_CLASS || value?.endsWith(` ${HOVER_CLASS}`) === true;
}

/** Returns the element and its ancestors, crossing shadow boundaries. */
function ancestorsOf(node: Node | null): Element[] {
  const elements: Element[] = [];
  let current = node;

  while (current) {
    if (current.nodeType === Node.ELEMENT_NODE) {
      elements.push(current as Element);
    }
    current =
      current.parentNode ??
      (current.nodeType === Node.DOCUMENT_FRAGMENT_NODE
        ? (current as ShadowRoot).host
        : null);
  }
  return elements;
}
