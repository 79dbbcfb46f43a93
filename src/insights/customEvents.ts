import { EventType } from '@rrweb/types';
import type { Recording } from '../events/types';
import { dataOf } from './readEvent';
import { collect } from './walkRecording';
import type { Collector } from './walkRecording';

/** An event the recorded app added with `record.addCustomEvent`. */
export interface CustomEventEntry {
  /** `custom-<eventIndex>`. */
  id: string;
  eventIndex: number;
  /** Playback time, ms from the recording's start. */
  time: number;
  tag: string;
  /** As recorded; the shape is up to the app. */
  payload: unknown;
}

/** Collects Custom events. */
export function createCustomEventCollector(): Collector<CustomEventEntry[]> {
  const entries: CustomEventEntry[] = [];

  return {
    visit(event, { eventIndex, time }) {
      if (event.type !== EventType.Custom) return;
      const data = dataOf(event);
      entries.push({
        id: `custom-${eventIndex}`,
        eventIndex,
        time,
        tag: String(data.tag ?? ''),
        payload: data.payload,
      });
    },
    finish: () => entries,
  };
}

/** Custom events of `recording`, in time order. */
export function findCustomEvents(recording: Recording): CustomEventEntry[] {
  return collect(recording, createCustomEventCollector());
}
