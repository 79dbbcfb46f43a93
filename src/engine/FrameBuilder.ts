import { EventType, IncrementalSource } from '@rrweb/types';
import type { fullSnapshotEvent } from '@rrweb/types';
import { createMirror, rebuild } from 'rrweb-snapshot';
import type { BuildCache, Mirror } from 'rrweb-snapshot';
import type { ReplayEvent } from '../events/types';
import { applyIncremental } from './apply';
import type { ApplyContext } from './apply/context';
import {
  captureCanvasPixels,
  CanvasReplayState,
  paintCanvasImages,
  presentCanvases,
  restoreCanvasPixels,
  withoutCanvasImages,
} from './apply/canvas';
import type { CanvasImageCache } from './apply/canvas';
import { syncDialogs } from './apply/dialogs';
import { applyFont, removeFonts } from './apply/fonts';
import { syncSelection } from './apply/selection';
import { syncMedia } from './apply/media';
import { fixTextareas, recordSnapshotState } from './apply/snapshotState';
import { flushScrolls } from './apply/scroll';
import { addBaseUrl, localizeFragmentReferences } from './apply/urls';
import { HoverState } from './HoverState';
import { applyPendingAdoption } from './apply/styleSheets';
import { buildSheet, captureCheckpoint, restoreCheckpoint } from './checkpoint';
import type { Checkpoint } from './checkpoint';
import type { SubtreeStore } from './SubtreeStore';
import type { DiagnosticsCollector } from './diagnostics';
import type { ReplayFrame } from './frame';
import type { Timeline } from './timeline';
import type { Viewport } from './types';

/**
 * Builds the replayed document for a moment of the recording: rebuilds a
 * full snapshot or restores a checkpoint, then applies the events after it
 * in order. It tracks how many events are reflected in the document.
 */
export class FrameBuilder {
  /** Number of events, from the start of the recording, applied so far. */
  appliedCount = 0;
  /** Index of the full snapshot the document was last rebuilt from. */
  snapshotIndex = -1;
  viewport: Viewport;
  href: string;
  private readonly context: ApplyContext;
  private readonly hover: HoverState;
  /** The selection last put into the document, to skip redundant work. */
  private shownSelection: ApplyContext['selection'] | undefined = null;
  /** Live list of the document's dialogs; it survives rebuilds. */
  private readonly dialogs: HTMLCollectionOf<Element>;

  constructor(
    private readonly frame: ReplayFrame,
    private readonly timeline: Timeline,
    diagnostics: DiagnosticsCollector,
    images: CanvasImageCache,
    styles: BuildCache,
  ) {
    const meta = timeline.metaBefore(timeline.firstSnapshot);
    this.viewport = meta.viewport;
    this.href = meta.href;
    frame.resize(this.viewport);
    this.hover = new HoverState();
    this.dialogs = frame.document.getElementsByTagName('dialog');
    this.context = {
      doc: frame.document,
      pageUrl: this.href,
      mirror: createMirror(),
      cache: styles,
      diagnostics,
      eventIndex: 0,
      time: 0,
      sync: false,
      pendingScrolls: new Map(),
      scrolls: new Map(),
      changedSheets: new Set(),
      sheets: new Map(),
      adoptions: new Map(),
      changedCanvases: new Set(),
      dirtyCanvases: new Set(),
      media: new Map(),
      canvas: new CanvasReplayState(images),
      fonts: new Map(),
      selection: null,
    };
  }

  /** Makes the next frame start from a rebuild or a checkpoint. */
  invalidate(): void {
    this.appliedCount = 0;
  }

  get mirror(): Mirror {
    return this.context.mirror;
  }

  /** Rebuilds the full snapshot at `snapshotIndex` and the Meta before it. */
  rebuildFrom(snapshotIndex: number): void {
    const event = this.timeline.events.at(snapshotIndex);
    if (event?.type !== EventType.FullSnapshot) {
      throw new Error(`Event ${snapshotIndex} is not a full snapshot.`);
    }

    const meta = this.timeline.metaBefore(snapshotIndex);
    this.setViewport(meta.viewport);
    this.setHref(meta.href);
    this.rebuildSnapshot(event, snapshotIndex);
    this.appliedCount = snapshotIndex + 1;
  }

  /**
   * Applies events up to (not including) index `count`. With `sync`, the
   * events are applied as one jump, as a seek does: scroll offsets wait
   * for `flushScrolls`, once the whole frame is built.
   */
  applyUntil(count: number, sync: boolean): void {
    const { events } = this.timeline;
    // Offsets that a seek left pending are older than the events below.
    if (!sync) flushScrolls(this.context);
    this.context.sync = sync;

    for (let index = this.appliedCount; index < count; index += 1) {
      const event = events.at(index);
      if (event) this.applyEvent(event, index);
    }
    this.appliedCount = Math.max(this.appliedCount, count);

    this.context.sync = false;
    syncDialogs(this.dialogs);
    if (this.context.selection !== this.shownSelection) {
      syncSelection(this.context);
      this.shownSelection = this.context.selection;
    }
  }

  /**
   * Computes the document's style without laying it out, so a seek can
   * do it in a task of its own (see `SeekQueue`). In Chromium, reading a
   * computed value brings the whole document's style up to date.
   */
  updateStyle(): void {
    const doc = this.frame.document;
    if (doc.documentElement) {
      void doc.defaultView?.getComputedStyle(doc.documentElement).color;
    }
  }

  /**
   * Applies the scroll offsets left pending by `applyUntil(…, true)` or a
   * restore. Setting an offset lays the document out first.
   */
  flushScrolls(): void {
    flushScrolls(this.context);
  }

  /** Captures the document, sharing equal subtrees through `store`. */
  capture(store: SubtreeStore): Checkpoint {
    const { mirror } = this.context;
    return captureCheckpoint(this.frame.document, mirror, store, {
      count: this.appliedCount,
      snapshotIndex: this.snapshotIndex,
      scrolls: this.context.scrolls,
      changedSheets: this.context.changedSheets,
      media: this.context.media,
      fontEvents: [...this.context.fonts.keys()],
      selection: this.context.selection,
      canvases: captureCanvasPixels(this.context, this.context.changedCanvases),
      sheets: this.context.sheets,
      adoptions: this.context.adoptions,
      viewport: this.viewport,
      href: this.href,
    });
  }

  /**
   * Restores a checkpoint. Scroll offsets are applied by `flushScrolls`,
   * once the events after the checkpoint are in.
   */
  restore(checkpoint: Checkpoint): void {
    const doc = this.frame.document;
    // A document's quirks mode is fixed when its doctype is parsed, so a
    // checkpoint of a page in another mode needs that page rebuilt first.
    if (doc.compatMode !== checkpoint.compatMode) {
      this.rebuildFrom(checkpoint.snapshotIndex);
    }

    restoreCheckpoint(doc, this.context.mirror, checkpoint);
    this.hover.reset();
    this.setViewport(checkpoint.viewport);
    this.setHref(checkpoint.href);
    this.snapshotIndex = checkpoint.snapshotIndex;
    this.appliedCount = checkpoint.count;
    this.context.scrolls = new Map(checkpoint.scrolls);
    this.context.pendingScrolls = new Map(checkpoint.scrolls);
    this.context.changedSheets = new Set(checkpoint.sheetRules.keys());
    this.context.media = new Map(checkpoint.media);
    this.restoreFonts(checkpoint.fontEvents);
    this.context.selection = checkpoint.selection;
    this.shownSelection = undefined;
    this.context.changedCanvases = new Set();
    restoreCanvasPixels(this.context, checkpoint.canvases);
    this.markAllCanvasesDirty();
    this.restoreConstructedSheets(checkpoint);
    syncDialogs(this.dialogs);
  }

  /** Shows the pixels of canvases drawn since the last call. */
  presentCanvases(): void {
    const { dirtyCanvases } = this.context;
    if (dirtyCanvases.size === 0) return;
    presentCanvases(this.context, dirtyCanvases);
    dirtyCanvases.clear();
  }

  private markAllCanvasesDirty(): void {
    for (const canvas of this.frame.document.querySelectorAll('canvas')) {
      const id = this.context.mirror.getId(canvas);
      if (id !== -1) this.context.dirtyCanvases.add(id);
    }
  }

  /** Brings media elements to playback time `time`; see `syncMedia`. */
  syncMedia(time: number, replay: { playing: boolean; speed: number }) {
    if (this.context.media.size === 0) return;
    syncMedia(this.context.media, this.context.mirror, time, replay);
  }

  /** Marks the node with recorded id `id`, and its ancestors, hovered. */
  setHover(id: number | undefined): void {
    this.hover.set(id === undefined ? null : this.context.mirror.getNode(id));
  }

  /** Re-adds the fonts of the Font events at `eventIndexes`. */
  private restoreFonts(eventIndexes: number[]): void {
    removeFonts(this.context);
    for (const index of eventIndexes) {
      const event = this.timeline.events.at(index);
      if (event?.type !== EventType.IncrementalSnapshot) continue;
      if (event.data.source !== IncrementalSource.Font) continue;
      this.context.eventIndex = index;
      applyFont(this.context, event.data);
    }
  }

  private restoreConstructedSheets(checkpoint: Checkpoint): void {
    const { context } = this;
    context.sheets = new Map();
    for (const [styleId, rules] of checkpoint.constructedSheets) {
      context.sheets.set(styleId, buildSheet(this.frame.document, rules));
    }

    context.adoptions = new Map(checkpoint.adoptions);
    for (const id of context.adoptions.keys()) {
      applyPendingAdoption(context, id);
    }
  }

  private applyEvent(event: ReplayEvent, index: number): void {
    this.context.eventIndex = index;
    this.context.time = this.timeline.times[index] ?? 0;

    try {
      switch (event.type) {
        case EventType.Meta:
          this.setHref(event.data.href ?? this.href);
          this.setViewport(event.data);
          break;
        case EventType.FullSnapshot:
          this.rebuildSnapshot(event, index);
          break;
        case EventType.IncrementalSnapshot:
          if (event.data.source === IncrementalSource.ViewportResize) {
            this.setViewport(event.data);
          } else {
            applyIncremental(this.context, event.data);
          }
          break;
      }
    } catch (error) {
      this.context.diagnostics.report(
        'apply-failed',
        `Event ${index} could not be applied: ${(error as Error).message}`,
        index,
      );
    }
  }

  private rebuildSnapshot(
    event: fullSnapshotEvent & { timestamp: number },
    index: number,
  ) {
    const { mirror, cache } = this.context;
    mirror.reset();
    this.context.scrolls = new Map();
    this.context.pendingScrolls = new Map();
    this.context.changedSheets = new Set();
    // Style ids restart with each snapshot's recorder session.
    this.context.sheets = new Map();
    this.context.adoptions = new Map();
    this.context.changedCanvases = new Set();
    this.context.media = new Map();

    // Canvas images are drawn from the preloaded cache, synchronously:
    // rrweb-snapshot would draw them once they load, over later commands.
    rebuild(withoutCanvasImages(event.data.node), {
      doc: this.frame.document,
      mirror,
      cache,
      hackCss: true,
    });
    paintCanvasImages(this.context, event.data.node);
    this.markAllCanvasesDirty();
    this.snapshotIndex = index;
    this.hover.reset();
    const doc = this.frame.document;
    this.frame.decorate();
    addBaseUrl(doc, this.href);
    if (doc.documentElement) {
      localizeFragmentReferences(doc.documentElement, this.href);
    }
    fixTextareas(doc, mirror);
    recordSnapshotState(this.context, event, this.timeline.times[index] ?? 0);
    if (!this.context.sync) flushScrolls(this.context);
  }

  private setHref(href: string): void {
    this.href = href;
    this.context.pageUrl = href;
  }

  private setViewport({ width, height }: Viewport): void {
    if (width === this.viewport.width && height === this.viewport.height) {
      return;
    }
    this.viewport = { width, height };
    this.frame.resize(this.viewport);
  }
}
