import { record } from 'rrweb';
import { describeDocument } from './describeDocument';
import type { DocumentDescription } from './DomNode';

/**
 * Injected into each app page: records it with rrweb and describes the
 * live document at every checkpoint, in the same task as the checkpoint's
 * custom event so nothing can change in between.
 */
export interface RecordApi {
  /** Starts recording; events collect in `window.__events`. */
  start(): void;
  /** Emits the `checkpoint` custom event and describes the page. */
  checkpoint(n: number): DocumentDescription;
  /** Stops recording and returns the events. */
  stop(): unknown[];
}

declare global {
  interface Window {
    __events: unknown[];
    fidelityRecord: RecordApi;
  }
}

let stopRecording: (() => void) | undefined;

window.fidelityRecord = {
  start() {
    window.__events = [];
    // recordCanvas: the chart pages draw on canvases, and the ground truth
    // includes canvas pixels. `sampling.input` stays unset on purpose: its
    // 'last' mode drops the input events of fields that keep focus.
    stopRecording = record({
      emit: (event) => window.__events.push(event),
      recordCanvas: true,
    });
  },

  checkpoint(n) {
    record.addCustomEvent('checkpoint', { n });
    return describeDocument(document);
  },

  stop() {
    stopRecording?.();
    return window.__events;
  },
};
