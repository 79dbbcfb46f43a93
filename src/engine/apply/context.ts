import type { BuildCache, Mirror } from 'rrweb-snapshot';
import type { ScrollOffsets } from '../checkpoint';
import type { DiagnosticsCollector } from '../diagnostics';
import type { SelectionRange } from '@rrweb/types';
import type { CanvasReplayState } from './canvas/CanvasReplayState';
import type { MediaState } from './media';

/** State every applier needs to change the replayed document. */
export interface ApplyContext {
  /** The replayed document inside the sandboxed iframe. */
  doc: Document;
  /** Map between recorded node ids and replayed nodes. */
  mirror: Mirror;
  /** rrweb-snapshot's cache of CSS rewritten for replay. */
  cache: BuildCache;
  diagnostics: DiagnosticsCollector;
  /** URL of the recorded page, from the latest Meta event. */
  pageUrl: string;
  /** Index of the event being applied, for diagnostics. */
  eventIndex: number;
  /** Playback time of the event being applied, in ms. */
  time: number;
  /**
   * True while a seek applies events in one go. Scroll offsets are then
   * collected in `pendingScrolls` and applied once the frame is built,
   * because an element is not scrollable until its content has arrived.
   */
  sync: boolean;
  pendingScrolls: ScrollOffsets;
  /** Last recorded scroll offset of every node, for checkpoints. */
  scrolls: ScrollOffsets;
  /** Ids of `<style>` elements whose sheet changed through the CSSOM. */
  changedSheets: Set<number>;
  /** Constructed stylesheets by the recorder's style id. */
  sheets: Map<number, CSSStyleSheet>;
  /** Style ids adopted by each document or shadow host, by node id. */
  adoptions: Map<number, number[]>;
  /** Ids of canvases drawn on by CanvasMutation events. */
  changedCanvases: Set<number>;
  /** Ids of canvases whose shown pixels are out of date. */
  dirtyCanvases: Set<number>;
  /** Recorded state of media elements, by node id. */
  media: Map<number, MediaState>;
  /** Canvas contexts, WebGL objects and decoded images. */
  canvas: CanvasReplayState;
  /** Fonts added by Font events, by event index. */
  fonts: Map<number, FontFace>;
  /** The latest recorded text selection, or null before any. */
  selection: SelectionRange[] | null;
}

/** Descriptions of what an event needed a node for, for diagnostics. */
const MISSING_NODE_TARGETS = {
  remove: 'A node removal',
  parent: 'A node addition (as parent)',
  sibling: 'A node addition (as next sibling)',
  text: 'A text change',
  attribute: 'An attribute change',
  input: 'An input event',
  scroll: 'A scroll event',
  'iframe-document': 'An iframe document',
  media: 'A media interaction',
  stylesheet: 'A stylesheet rule change',
} as const;

export type MissingNodeTarget = keyof typeof MISSING_NODE_TARGETS;

/**
 * Reports a node id that the mirror does not know, under the code
 * `missing-node:<target>`.
 */
export function reportMissingNode(
  context: ApplyContext,
  target: MissingNodeTarget,
  id: number,
): void {
  context.diagnostics.report(
    `missing-node:${target}`,
    `${MISSING_NODE_TARGETS[target]} targets node ${id}, which is not in ` +
      'the replayed document; the change was skipped.',
    context.eventIndex,
  );
}
