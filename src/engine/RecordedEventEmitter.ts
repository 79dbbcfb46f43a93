import { EventType } from '@rrweb/types';
import type { ReplayEvent } from '../events/types';
import type { Timeline } from './timeline';
import type { RecordedEventListener } from './types';

/** Passes Custom and Plugin events to listeners as playback reaches them. */
export class RecordedEventEmitter {
  private readonly listeners = new Set<RecordedEventListener>();

  constructor(private readonly timeline: Timeline) {}

  add(listener: RecordedEventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  clear(): void {
    this.listeners.clear();
  }

  /** Emits the Custom and Plugin events from index `from` up to `time`. */
  emitUntil(from: number, time: number): void {
    if (this.listeners.size === 0) return;
    const { times, events } = this.timeline;
    const end = this.timeline.countUntil(time);

    for (let index = from; index < end; index += 1) {
      const event = events.at(index);
      if (!event || !isRecordedMessage(event)) continue;
      for (const listener of this.listeners) {
        listener(event, times[index] ?? time);
      }
    }
  }
}

function isRecordedMessage(event: ReplayEvent): boolean {
  return event.type === EventType.Custom || event.type === EventType.Plugin;
}
