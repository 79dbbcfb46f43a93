import { EventType } from '@rrweb/types';
import type { Recording } from '../events/types';
import { dataOf } from './readEvent';
import { collect } from './walkRecording';
import type { Collector } from './walkRecording';

/**
 * - `initial`: the first page of the recording.
 * - `page-load`: a new full snapshot at a new URL.
 * - `reload`: a new full snapshot at the same URL (a reload, or the
 *   recorder taking a fresh snapshot).
 * - `url-change`: the URL changed without a new full snapshot (an
 *   in-page route change).
 */
export type NavigationKind = 'initial' | 'page-load' | 'reload' | 'url-change';

/** One move to a page or URL, at a playback time in ms. */
export interface Navigation {
  /** `navigation-<eventIndex>`. */
  id: string;
  eventIndex: number;
  time: number;
  kind: NavigationKind;
  /** URL before; undefined for the initial page. */
  from: string | undefined;
  to: string;
}

interface PendingMeta {
  eventIndex: number;
  time: number;
  href: string;
}

/**
 * Collects navigations from Meta events (which carry the URL) and full
 * snapshots. A Meta event followed by a full snapshot, with no
 * incremental event between them, is one page load.
 */
export function createNavigationCollector(): Collector<Navigation[]> {
  const navigations: Navigation[] = [];
  let current: string | undefined;
  let pending: PendingMeta | undefined;
  let snapshots = 0;

  const add = (at: PendingMeta, kind: NavigationKind) => {
    const from = kind === 'initial' ? undefined : current;
    navigations.push({
      id: `navigation-${at.eventIndex}`,
      eventIndex: at.eventIndex,
      time: at.time,
      kind,
      from,
      to: at.href,
    });
    current = at.href;
  };
  const settle = (kind?: NavigationKind) => {
    if (pending && current === undefined) add(pending, 'initial');
    else if (pending && kind) add(pending, kind);
    else if (pending && pending.href !== current) add(pending, 'url-change');
    pending = undefined;
  };

  return {
    visit(event, { eventIndex, time }) {
      if (event.type === EventType.Meta) {
        settle();
        pending = { eventIndex, time, href: String(dataOf(event).href ?? '') };
      } else if (event.type === EventType.FullSnapshot) {
        snapshots += 1;
        if (pending) {
          settle(pending.href === current ? 'reload' : 'page-load');
        } else if (snapshots > 1 && current !== undefined) {
          add({ eventIndex, time, href: current }, 'reload');
        }
      } else if (event.type === EventType.IncrementalSnapshot) {
        settle();
      }
    },
    finish() {
      settle();
      return navigations;
    },
  };
}

/** Navigations of `recording`, in time order, the initial page first. */
export function findNavigations(recording: Recording): Navigation[] {
  return collect(recording, createNavigationCollector());
}
