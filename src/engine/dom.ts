// Replayed nodes live in the iframe's realm, where `instanceof` against the
// host page's constructors is always false, so these checks use nodeType
// and nodeName instead.

export function isElementNode(node: Node | null | undefined): node is Element {
  return node?.nodeType === Node.ELEMENT_NODE;
}

export function isDocumentNode(
  node: Node | null | undefined,
): node is Document {
  return node?.nodeType === Node.DOCUMENT_NODE;
}

/** True for an HTML element with the given lower-case local name. */
export function isTag<K extends keyof HTMLElementTagNameMap>(
  node: Node | null | undefined,
  localName: K,
): node is HTMLElementTagNameMap[K] {
  return isElementNode(node) && node.localName === localName;
}
