import { EventType, IncrementalSource, NodeType } from '@rrweb/types';
import type { fullSnapshotEvent } from '@rrweb/types';
import { createCache, createMirror, rebuild } from 'rrweb-snapshot';
import type { Mirror } from 'rrweb-snapshot';
import type { ReplayEvent } from '../events/types';
import { applyIncremental } from './apply';
import type { ApplyContext } from './apply/context';
import { flushScrolls } from './apply/scroll';
import type { DiagnosticsCollector } from './diagnostics';
import type { ReplayFrame } from './frame';
import type { Timeline } from './timeline';
import type { Viewport } from './types';

/**
 * Builds the replayed document for a moment of the recording: rebuilds a
 * full snapshot, then applies the events after it in order. It tracks how
 * many events of the recording are reflected in the document.
 */
export class FrameBuilder {
  /** Number of events, from the start of the recording, applied so far. */
  appliedCount = 0;
  viewport: Viewport;
  href: string;
  private readonly context: ApplyContext;

  constructor(
    private readonly frame: ReplayFrame,
    private readonly timeline: Timeline,
    diagnostics: DiagnosticsCollector,
  ) {
    const meta = timeline.metaBefore(timeline.snapshotIndexes[0] ?? 0);
    this.viewport = meta.viewport;
    this.href = meta.href;
    frame.resize(this.viewport);
    this.context = {
      doc: frame.document,
      mirror: createMirror(),
      cache: createCache(),
      diagnostics,
      eventIndex: 0,
      sync: false,
      pendingScrolls: new Map(),
    };
  }

  get mirror() {
    return this.context.mirror;
  }

  /** Rebuilds the full snapshot at `snapshotIndex` and the Meta before it. */
  rebuildFrom(snapshotIndex: number): void {
    const event = this.timeline.recording.events[snapshotIndex];
    if (event?.type !== EventType.FullSnapshot) {
      throw new Error(`Event ${snapshotIndex} is not a full snapshot.`);
    }

    const meta = this.timeline.metaBefore(snapshotIndex);
    this.setViewport(meta.viewport);
    this.href = meta.href;
    this.rebuildSnapshot(event);
    this.appliedCount = snapshotIndex + 1;
  }

  /**
   * Applies events up to (not including) index `count`. With `sync`, the
   * events are applied as one jump, as a seek does: scroll offsets wait
   * until the whole frame is built.
   */
  applyUntil(count: number, sync: boolean): void {
    const { events } = this.timeline.recording;
    this.context.sync = sync;

    for (let index = this.appliedCount; index < count; index += 1) {
      const event = events[index];
      if (event) this.applyEvent(event, index);
    }
    this.appliedCount = Math.max(this.appliedCount, count);

    if (sync) flushScrolls(this.context);
    this.context.sync = false;
  }

  private applyEvent(event: ReplayEvent, index: number): void {
    this.context.eventIndex = index;

    try {
      switch (event.type) {
        case EventType.Meta:
          this.href = event.data.href ?? this.href;
          this.setViewport(event.data);
          break;
        case EventType.FullSnapshot:
          this.rebuildSnapshot(event);
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

  private rebuildSnapshot(event: fullSnapshotEvent & { timestamp: number }) {
    const { mirror, cache } = this.context;
    mirror.reset();

    rebuild(event.data.node, {
      doc: this.frame.document,
      mirror,
      cache,
      hackCss: true,
    });
    this.frame.decorate();
    fixTextareas(this.frame.document, mirror);

    const { top, left } = event.data.initialOffset;
    this.context.pendingScrolls.set(event.data.node.id, { x: left, y: top });
    if (!this.context.sync) flushScrolls(this.context);
  }

  private setViewport({ width, height }: Viewport): void {
    if (width === this.viewport.width && height === this.viewport.height) {
      return;
    }
    this.viewport = { width, height };
    this.frame.resize(this.viewport);
  }
}

/**
 * rrweb-snapshot turns a textarea's recorded `value` attribute into a text
 * child and also builds the serialized text children, so the value would
 * show twice. The attribute is the recorded value: make it the only text.
 */
function fixTextareas(doc: Document, mirror: Mirror): void {
  for (const textarea of doc.querySelectorAll('textarea')) {
    const meta = mirror.getMeta(textarea);
    if (meta?.type !== NodeType.Element) continue;

    const value = meta.attributes.value;
    if (typeof value !== 'string') continue;
    textarea.textContent = value;
    textarea.value = value;
  }
}
