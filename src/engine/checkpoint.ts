import type { SelectionRange, serializedNodeWithId } from '@rrweb/types';
import type { Mirror } from 'rrweb-snapshot';
import type { CanvasCopy } from './apply/canvas';
import type { MediaState } from './apply/media';
import { materializeSubtree } from './SubtreeStore';
import type { SubtreeEntry, SubtreeStore } from './SubtreeStore';
import type { Viewport } from './types';

/** Scroll offsets by node id. */
export type ScrollOffsets = Map<number, { x: number; y: number }>;

/**
 * A restorable state of the replayed document after a number of events.
 * The DOM is kept as shared subtree entries (see `SubtreeStore`), so
 * restoring is building the nodes from them plus one walk to re-register
 * node ids, whatever the recording's length.
 */
export interface Checkpoint {
  /** Number of events applied when the checkpoint was taken. */
  count: number;
  /** Index of the full snapshot the document was rebuilt from. */
  snapshotIndex: number;
  compatMode: string;
  /** The document's children (doctype and root element). */
  children: SubtreeEntry[];
  /** Shadow root contents, by walk position of their host. */
  shadowChildren: Map<number, SubtreeEntry[]>;
  /**
   * Children of same-origin iframe documents, by walk position of their
   * iframe element.
   */
  frameDocuments: Map<number, SubtreeEntry[]>;
  /**
   * Selected state of each option of every `<select>`, by walk position:
   * cloning keeps input values but not which options are selected.
   */
  selectedOptions: Map<number, boolean[]>;
  /** Node ids in walk order; -1 for nodes the recording does not know. */
  ids: Int32Array;
  /** The mirror's serialized node for each id in `ids`, or null. */
  metas: (serializedNodeWithId | null)[];
  scrolls: ScrollOffsets;
  /** Rules of `<style>` sheets changed through the CSSOM, by node id. */
  sheetRules: Map<number, string[]>;
  /** Rules of constructed sheets, by the recorder's style id. */
  constructedSheets: Map<number, string[]>;
  /** Style ids adopted by documents and shadow hosts, by node id. */
  adoptions: Map<number, number[]>;
  /** Recorded state of media elements, by node id. */
  media: Map<number, MediaState>;
  /** Event indexes of the Font events whose fonts are in effect. */
  fontEvents: number[];
  /** The recorded text selection, or null. */
  selection: SelectionRange[] | null;
  /** Pixels or command logs of canvases drawn on since the snapshot. */
  canvases: CanvasCopy[];
  viewport: Viewport;
  href: string;
}

export type CheckpointState = Pick<
  Checkpoint,
  | 'count'
  | 'snapshotIndex'
  | 'scrolls'
  | 'viewport'
  | 'href'
  | 'adoptions'
  | 'media'
  | 'canvases'
  | 'fontEvents'
  | 'selection'
> & {
  changedSheets: ReadonlySet<number>;
  sheets: ReadonlyMap<number, CSSStyleSheet>;
};

/** Returns the subtree entries a checkpoint refers to. */
export function checkpointEntries(checkpoint: Checkpoint): SubtreeEntry[] {
  return [
    ...checkpoint.children,
    ...[...checkpoint.shadowChildren.values()].flat(),
    ...[...checkpoint.frameDocuments.values()].flat(),
  ];
}

/**
 * Captures the document `doc`, whose nodes `mirror` maps to ids, with its
 * subtrees interned in `store`.
 */
export function captureCheckpoint(
  doc: Document,
  mirror: Mirror,
  store: SubtreeStore,
  state: CheckpointState,
): Checkpoint {
  const internChildren = (parent: Node) =>
    [...parent.childNodes].map((child) => store.intern(child));
  const children = internChildren(doc);
  const ids: number[] = [];
  const metas: (serializedNodeWithId | null)[] = [];
  const shadowChildren = new Map<number, SubtreeEntry[]>();
  const frameDocuments = new Map<number, SubtreeEntry[]>();
  const selectedOptions = new Map<number, boolean[]>();

  walk(doc, (node) => {
    const position = ids.length;
    const id = mirror.getId(node);
    ids.push(id);
    metas.push(id === -1 ? null : mirror.getMeta(node));
    if (node.nodeName === 'SELECT') {
      const { options } = node as HTMLSelectElement;
      selectedOptions.set(
        position,
        [...options].map((item) => item.selected),
      );
    }

    const shadowRoot = shadowRootOf(node);
    if (shadowRoot) {
      shadowChildren.set(position, internChildren(shadowRoot));
    }
    const frameDocument = frameDocumentOf(node);
    if (!frameDocument || mirror.getId(frameDocument) === -1) return null;
    frameDocuments.set(position, internChildren(frameDocument));
    return frameDocument;
  });

  return {
    count: state.count,
    snapshotIndex: state.snapshotIndex,
    compatMode: doc.compatMode,
    children,
    shadowChildren,
    frameDocuments,
    selectedOptions,
    ids: Int32Array.from(ids),
    metas,
    scrolls: new Map([...state.scrolls].filter(([id]) => mirror.has(id))),
    sheetRules: captureSheetRules(mirror, state.changedSheets),
    constructedSheets: new Map(
      [...state.sheets].map(([styleId, sheet]) => [styleId, ruleTexts(sheet)]),
    ),
    adoptions: new Map(state.adoptions),
    media: new Map(state.media),
    canvases: state.canvases,
    fontEvents: state.fontEvents,
    selection: state.selection,
    viewport: state.viewport,
    href: state.href,
  };
}

/**
 * Replaces the content of `doc` with the checkpoint's and re-registers every
 * node in `mirror` (which is reset first).
 */
export function restoreCheckpoint(
  doc: Document,
  mirror: Mirror,
  checkpoint: Checkpoint,
): void {
  while (doc.firstChild) doc.removeChild(doc.firstChild);
  importChildren(doc, checkpoint.children);

  mirror.reset();
  let position = 0;
  walk(doc, (node) => {
    const meta = checkpoint.metas[position];
    const shadowClones = checkpoint.shadowChildren.get(position);
    const frameClones = checkpoint.frameDocuments.get(position);
    const selected = checkpoint.selectedOptions.get(position);
    position += 1;
    if (meta) mirror.add(node, meta);
    if (selected) restoreSelectedOptions(node as HTMLSelectElement, selected);

    if (shadowClones) {
      const element = node as Element;
      const shadowRoot =
        element.shadowRoot ?? element.attachShadow({ mode: 'open' });
      importChildren(shadowRoot, shadowClones);
    }
    // The imported iframe is connected, so it has a fresh blank document.
    const frameDocument = frameClones ? frameDocumentOf(node) : null;
    if (!frameDocument || !frameClones) return null;
    while (frameDocument.firstChild) {
      frameDocument.removeChild(frameDocument.firstChild);
    }
    importChildren(frameDocument, frameClones);
    return frameDocument;
  });

  for (const [id, rules] of checkpoint.sheetRules) {
    restoreSheetRules(mirror.getNode(id), rules);
  }
}

/**
 * Visits `root` and its descendants in document order, entering each shadow
 * root before the host's light children. The visitor may return an
 * iframe's document, which is walked before the iframe's children. The
 * walk reads `shadowRoot` after the visitor ran, so a visitor that attaches
 * a shadow root is walked into.
 */
function walk(root: Node, visit: (node: Node) => Document | null): void {
  const stack: Node[] = [root];

  while (stack.length > 0) {
    const node = stack.pop()!;
    const frameDocument = visit(node);

    const children: Node[] = [...node.childNodes];
    const shadowRoot = shadowRootOf(node);
    if (shadowRoot) children.unshift(...shadowRoot.childNodes);
    if (frameDocument) children.unshift(frameDocument);
    for (let index = children.length - 1; index >= 0; index -= 1) {
      stack.push(children[index]!);
    }
  }
}

function restoreSelectedOptions(select: HTMLSelectElement, flags: boolean[]) {
  // Only option.selected is used: the selectedIndex and value setters
  // scroll a list box. Selecting first keeps a single select from falling
  // back to its first option while others are turned off.
  const options = [...select.options];
  options.forEach((option, index) => {
    if (flags[index]) option.selected = true;
  });
  options.forEach((option, index) => {
    if (!flags[index]) option.selected = false;
  });
  if (!flags.includes(true)) select.selectedIndex = -1;
}

function importChildren(
  parent: Document | ShadowRoot,
  entries: SubtreeEntry[],
) {
  const doc = parent.ownerDocument ?? (parent as Document);
  for (const entry of entries) {
    parent.appendChild(materializeSubtree(entry, doc));
  }
}

function frameDocumentOf(node: Node): Document | null {
  return node.nodeName === 'IFRAME'
    ? (node as HTMLIFrameElement).contentDocument
    : null;
}

function shadowRootOf(node: Node): ShadowRoot | null {
  return node.nodeType === Node.ELEMENT_NODE
    ? (node as Element).shadowRoot
    : null;
}

function captureSheetRules(
  mirror: Mirror,
  changed: ReadonlySet<number>,
): Map<number, string[]> {
  const rules = new Map<number, string[]>();

  for (const id of changed) {
    const node = mirror.getNode(id) as HTMLStyleElement | null;
    const sheet = node?.sheet;
    if (sheet)
      rules.set(
        id,
        [...sheet.cssRules].map((rule) => rule.cssText),
      );
  }
  return rules;
}

function ruleTexts(sheet: CSSStyleSheet): string[] {
  return [...sheet.cssRules].map((rule) => rule.cssText);
}

/** Builds a constructed sheet in the realm of `doc` from rule texts. */
export function buildSheet(doc: Document, rules: string[]): CSSStyleSheet {
  const view = doc.defaultView;
  if (!view) throw new Error('The replay document has no window.');

  const sheet = new view.CSSStyleSheet();
  for (const rule of rules) sheet.insertRule(rule, sheet.cssRules.length);
  return sheet;
}

/**
 * Puts back rules changed through the CSSOM. The imported `<style>` was
 * re-parsed from its text, which does not include those changes.
 */
function restoreSheetRules(node: Node | null, rules: string[]): void {
  const sheet = (node as HTMLStyleElement | null)?.sheet;
  if (!sheet) return;

  while (sheet.cssRules.length > 0) sheet.deleteRule(0);
  for (const rule of rules) {
    sheet.insertRule(rule, sheet.cssRules.length);
  }
}
