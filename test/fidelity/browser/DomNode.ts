/**
 * A normalized description of one DOM node, as the fidelity harness
 * compares it. The same shape describes the live page (the ground truth)
 * and a replayed document. Fields that are absent mean "default": no
 * attributes, no scroll, and so on, so descriptions stay small.
 */
export interface DomNode {
  /** Lower-case local name, or `#text` / `#comment`. */
  tag: string;
  /** Attributes after normalization, sorted by name. */
  attrs?: Record<string, string>;
  /** Data of a text or comment node. */
  text?: string;
  /** Live `value` of an input, textarea or select. */
  value?: string;
  /** Live `checked` of a checkbox or radio, `selected` of an option. */
  checked?: boolean;
  /** `[scrollLeft, scrollTop]` in CSS pixels, when either is not 0. */
  scroll?: [number, number];
  /** Hash of a canvas's pixels (of its `toDataURL()` PNG). */
  canvas?: string;
  /** Normalized rules of a `<style>` or stylesheet `<link>`. */
  css?: string[];
  /** True for a dialog shown with `showModal()` (`:modal` matches). */
  modal?: boolean;
  children?: DomNode[];
}

/** What a page or replay sends back for one checkpoint. */
export interface DocumentDescription {
  /** Description of `<html>`; its scroll is the window's. */
  root: DomNode | null;
  /** Size of the window's layout viewport, in CSS pixels. */
  viewport: { width: number; height: number };
}

/** FNV-1a over UTF-16 code units, as 8 hex digits: short and stable. */
export function hashText(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
