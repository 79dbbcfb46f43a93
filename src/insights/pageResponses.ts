import { EventType, IncrementalSource } from '@rrweb/types';
import type { Collector } from './walkRecording';
import { dataOf, incrementalData } from './readEvent';

/** Kind of visible page change that can follow a click. */
export type ResponseKind =
  'dom-change' | 'scroll' | 'navigation' | 'input' | 'media';

/** One response, at a playback time in ms. */
export interface PageResponse {
  kind: ResponseKind;
  eventIndex: number;
  time: number;
}

/**
 * Sources that change what the page shows: DOM mutations, and stylesheet
 * rules or declarations changed from script (a CSS-in-JS toggle).
 */
const DOM_SOURCES: ReadonlySet<number> = new Set([
  IncrementalSource.Mutation,
  IncrementalSource.StyleSheetRule,
  IncrementalSource.StyleDeclaration,
  IncrementalSource.AdoptedStyleSheet,
]);

const RESPONSE_SOURCES: ReadonlyMap<number, ResponseKind> = new Map([
  [IncrementalSource.Scroll, 'scroll'],
  [IncrementalSource.Input, 'input'],
  [IncrementalSource.MediaInteraction, 'media'],
]);

/**
 * Collects every page response in event order: DOM and style changes,
 * scrolls, inputs, media playback changes, and navigations (a Meta event
 * whose href differs from the previous one, or any full snapshot after
 * the first).
 */
export function createResponseCollector(): Collector<PageResponse[]> {
  const responses: PageResponse[] = [];
  let href: string | undefined;
  let snapshots = 0;

  return {
    visit(event, { eventIndex, time }) {
      let kind: ResponseKind | undefined;
      if (event.type === EventType.FullSnapshot) {
        snapshots += 1;
        if (snapshots > 1) kind = 'navigation';
      } else if (event.type === EventType.Meta) {
        const next = String(dataOf(event).href ?? '');
        if (href !== undefined && next !== href) kind = 'navigation';
        href = next;
      } else {
        kind = incrementalKind(incrementalData(event));
      }
      if (kind) responses.push({ kind, eventIndex, time });
    },
    finish: () => responses,
  };
}

function incrementalKind(
  data: Record<string, unknown> | undefined,
): ResponseKind | undefined {
  if (!data) return undefined;
  const source = data.source as number;
  if (DOM_SOURCES.has(source)) return 'dom-change';
  return RESPONSE_SOURCES.get(source);
}
