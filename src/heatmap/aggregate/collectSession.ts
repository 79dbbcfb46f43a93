import { EventType, IncrementalSource, MouseInteractions } from '@rrweb/types';
import type { Recording } from '../../events/types';
import { createClickCollector } from '../../insights/clicks';
import { detectDeadClicks } from '../../insights/deadClicks';
import type { DeadClickOptions } from '../../insights/deadClicks';
import { createResponseCollector } from '../../insights/pageResponses';
import { findRageClicks } from '../../insights/rageClicks';
import type { RageClickOptions } from '../../insights/rageClicks';
import {
  dataOf,
  finiteNumber,
  incrementalData,
} from '../../insights/readEvent';
import { walkRecording } from '../../insights/walkRecording';
import type { Collector } from '../../insights/walkRecording';
import { isPlainObject } from '../../events/isPlainObject';
import { selectorPath } from './selectorPath';
import { widthBucket } from './widthBucket';

/** A click as the heatmap needs it, before boxes are measured. */
export interface SessionClick {
  eventIndex: number;
  /** Playback time, ms from the recording start. */
  time: number;
  page: string;
  bucket: string;
  targetId: number;
  /** Selector path from the recorded DOM at the click, if it has one. */
  selector: string | undefined;
  /** True when the target node was not in the recorded DOM. */
  missing: boolean;
  /**
   * Page coordinates (viewport position plus window scroll), CSS px;
   * undefined when the recorder wrote no position.
   */
  pageX: number | undefined;
  pageY: number | undefined;
  rage: boolean;
  dead: boolean;
}

/** A pointer sample in page coordinates. */
export interface SessionMove {
  page: string;
  bucket: string;
  pageX: number;
  pageY: number;
}

/** How far one page visit was read. */
export interface SessionVisit {
  page: string;
  bucket: string;
  /** Deepest viewport bottom reached, in CSS px from the page top. */
  maxDepth: number;
  /** Viewport height when the visit began, in CSS px. */
  fold: number;
}

/** What one recording contributes, in page terms. */
export interface SessionFacts {
  clicks: SessionClick[];
  moves: SessionMove[];
  visits: SessionVisit[];
}

export interface SessionOptions {
  pageKey: (href: string) => string;
  breakpoints: readonly number[];
  rageClicks?: RageClickOptions | undefined;
  deadClicks?: DeadClickOptions | undefined;
  /** Keep pointer movement samples. */
  moves: boolean;
}

const MOVE_SOURCES = new Set<number>([
  IncrementalSource.MouseMove,
  IncrementalSource.TouchMove,
  IncrementalSource.Drag,
]);

/**
 * Reads one recording in a single walk: clicks with their selector path
 * at the moment of the click, rage and dead clicks (as the insights
 * define them), pointer samples and scroll depth per page visit. Click
 * and move positions are viewport positions plus the window scroll at
 * that moment; scrolling inside other elements is not added.
 */
export function collectSession(
  recording: Recording,
  options: SessionOptions,
): SessionFacts {
  const clicks = createClickCollector();
  const responses = createResponseCollector();
  const page = createPageCollector(options);
  walkRecording(recording, [clicks, responses, page]);

  const facts = page.finish();
  const found = clicks.finish();
  const byEvent = new Map(
    facts.clicks.map((click) => [click.eventIndex, click]),
  );

  for (const rage of findRageClicks(found, options.rageClicks)) {
    for (const step of rage.reason.clicks) {
      const eventIndex = Number(step.clickId.slice('click-'.length));
      const click = byEvent.get(eventIndex);
      if (click) click.rage = true;
    }
  }
  const dead = detectDeadClicks(
    found,
    responses.finish(),
    recording.duration,
    options.deadClicks,
  );
  for (const { click } of dead) {
    const own = byEvent.get(click.eventIndex);
    if (own) own.dead = true;
  }
  return facts;
}

/** Tracks page, viewport and window scroll, and records the facts. */
function createPageCollector(options: SessionOptions): Collector<SessionFacts> {
  const facts: SessionFacts = { clicks: [], moves: [], visits: [] };
  const visits = new Map<string, SessionVisit>();
  let page = '';
  let width = 0;
  let height = 0;
  let documentId = -1;
  let scrollX = 0;
  let scrollY = 0;

  const bucket = () => widthBucket(width, options.breakpoints);
  const reach = () => {
    if (page === '') return;
    const key = `${page}\n${bucket()}`;
    let visit = visits.get(key);
    if (!visit) {
      visit = { page, bucket: bucket(), maxDepth: 0, fold: height };
      visits.set(key, visit);
      facts.visits.push(visit);
    }
    visit.maxDepth = Math.max(visit.maxDepth, scrollY + height);
  };

  return {
    usesNodes: true,
    visit(event, { eventIndex, time, nodes }) {
      if (event.type === EventType.Meta) {
        const data = dataOf(event);
        page = options.pageKey(String(data.href ?? ''));
        width = finiteNumber(data.width) ?? width;
        height = finiteNumber(data.height) ?? height;
        scrollX = 0;
        scrollY = 0;
        return;
      }
      if (event.type === EventType.FullSnapshot) {
        const data = dataOf(event);
        const root = data.node;
        documentId =
          isPlainObject(root) && typeof root.id === 'number' ? root.id : -1;
        const offset = isPlainObject(data.initialOffset)
          ? data.initialOffset
          : {};
        scrollX = finiteNumber(offset.left) ?? 0;
        scrollY = finiteNumber(offset.top) ?? 0;
        reach();
        return;
      }
      const data = incrementalData(event);
      if (!data) return;

      if (data.source === IncrementalSource.ViewportResize) {
        width = finiteNumber(data.width) ?? width;
        height = finiteNumber(data.height) ?? height;
        reach();
      } else if (data.source === IncrementalSource.Scroll) {
        if (data.id !== documentId) return;
        scrollX = finiteNumber(data.x) ?? scrollX;
        scrollY = finiteNumber(data.y) ?? scrollY;
        reach();
      } else if (MOVE_SOURCES.has(data.source as number) && options.moves) {
        const positions = Array.isArray(data.positions) ? data.positions : [];
        for (const position of positions as unknown[]) {
          if (!isPlainObject(position)) continue;
          const x = finiteNumber(position.x);
          const y = finiteNumber(position.y);
          if (x === undefined || y === undefined || page === '') continue;
          facts.moves.push({
            page,
            bucket: bucket(),
            pageX: x + scrollX,
            pageY: y + scrollY,
          });
        }
      } else if (
        data.source === IncrementalSource.MouseInteraction &&
        data.type === MouseInteractions.Click &&
        typeof data.id === 'number' &&
        page !== ''
      ) {
        const x = finiteNumber(data.x);
        const y = finiteNumber(data.y);
        const positioned = x !== undefined && y !== undefined;
        const selector = selectorPath(nodes, data.id);
        facts.clicks.push({
          eventIndex,
          time,
          page,
          bucket: bucket(),
          targetId: data.id,
          selector,
          missing: nodes.get(data.id) === undefined,
          pageX: positioned ? x + scrollX : undefined,
          pageY: positioned ? y + scrollY : undefined,
          rage: false,
          dead: false,
        });
      }
    },
    finish: () => facts,
  };
}
