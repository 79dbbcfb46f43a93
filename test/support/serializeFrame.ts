/**
 * Describes a replayed document as text: tags, sorted attributes, text,
 * live form values, checked state and scroll offsets. Two frames are the
 * same moment of a recording when their descriptions are equal.
 */
export function serializeFrame(doc: Document): string {
  const lines: string[] = [];
  const view = doc.defaultView;
  lines.push(`window scroll ${view?.scrollX ?? 0},${view?.scrollY ?? 0}`);
  if (doc.documentElement) describe(doc.documentElement, 0, lines);
  return lines.join('\n');
}

function describe(node: Node, depth: number, lines: string[]): void {
  const indent = ' '.repeat(depth);

  if (node.nodeType === Node.TEXT_NODE) {
    lines.push(`${indent}"${node.textContent}"`);
    return;
  }
  if (node.nodeType !== Node.ELEMENT_NODE) return;

  const element = node as HTMLElement;
  const attributes = [...element.attributes]
    .map((attribute) => `${attribute.name}=${attribute.value}`)
    .sort();
  const state: string[] = [];
  if ('value' in element && typeof element.value === 'string') {
    state.push(`value=${element.value}`);
  }
  if ('checked' in element && element.checked === true) state.push('checked');
  if (element.scrollTop || element.scrollLeft) {
    state.push(`scroll=${element.scrollLeft},${element.scrollTop}`);
  }
  lines.push(
    `${indent}<${element.localName} ${attributes.join(' ')}> ${state.join(' ')}`,
  );

  const children = element.shadowRoot
    ? [...element.shadowRoot.childNodes, ...element.childNodes]
    : [...element.childNodes];
  for (const child of children) describe(child, depth + 1, lines);
}

/** A deterministic pseudo-random generator (mulberry32) for test times. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}
