import type { Diagnostic } from './types';

/**
 * Codes of the diagnostics `parseRecording` reports.
 *
 * - `unknown-event-type`: events of a type the player does not replay
 *   (Asset, Annotation, or newer), which stay in the stream.
 * - `meta-without-href`: Meta events with no page URL.
 * - `out-of-order`: events earlier than the one before them in the input.
 * - `timestamp-spike`: single events whose timestamp jumps more than an
 *   hour ahead of both neighbours, moved back to the event before them.
 * - `event-before-snapshot`: DOM events before the first full snapshot,
 *   dropped.
 * - `held-before-snapshot`: events that need no DOM (custom, plugin,
 *   meta, unknown types) before the first full snapshot, moved to the
 *   start time.
 */
export type ParseDiagnosticCode =
  | 'unknown-event-type'
  | 'meta-without-href'
  | 'out-of-order'
  | 'timestamp-spike'
  | 'event-before-snapshot'
  | 'held-before-snapshot';

interface Tally {
  count: number;
  eventIndex: number;
  /** Distinct values worth naming in the message, such as event types. */
  details: Set<string>;
}

type MessageFn = (count: number, details: string) => string;

const MESSAGES: Record<ParseDiagnosticCode, MessageFn> = {
  'unknown-event-type': (n, types) =>
    `Kept ${eventCount(n)} of a type this player does not replay ` +
    `(type ${types}), without effect on the page.`,
  'meta-without-href': (n) =>
    `Found ${eventCount(n, 'Meta event')} without a page URL (href), ` +
    'so the address shown stays blank for those pages.',
  'out-of-order': (n) =>
    'Sorted the events by timestamp, since ' +
    `${eventCount(n)} came after a later event in the input.`,
  'timestamp-spike': (n) =>
    `Moved ${eventCount(n)} whose timestamp jumped more than an hour ` +
    'ahead of the events on both sides (a corrupted value) back to the ' +
    'time of the event before, so the recording is not stretched.',
  'event-before-snapshot': (n) =>
    `Dropped ${eventCount(n)} recorded before the first full snapshot: ` +
    'there was no page yet for them to change.',
  'held-before-snapshot': (n) =>
    `Moved ${eventCount(n)} that need no page (custom, plugin, meta or ` +
    'unknown types) from before the first full snapshot to the start ' +
    'of the recording, so they still show.',
};

function eventCount(count: number, noun = 'event'): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/**
 * Counts recoverable problems per code while events are read, so a
 * problem met on thousands of events yields one diagnostic, not thousands.
 */
export class DiagnosticTally {
  readonly #tallies = new Map<ParseDiagnosticCode, Tally>();

  /** Records one occurrence. Each distinct `detail` is named once. */
  note(code: ParseDiagnosticCode, eventIndex: number, detail?: string): void {
    const tally = this.#tallies.get(code) ?? {
      count: 0,
      eventIndex,
      details: new Set<string>(),
    };

    tally.count += 1;
    tally.eventIndex = Math.min(tally.eventIndex, eventIndex);
    if (detail !== undefined) {
      tally.details.add(detail);
    }
    this.#tallies.set(code, tally);
  }

  /** Builds one diagnostic per code, in the order codes were first met. */
  toDiagnostics(): Diagnostic[] {
    return [...this.#tallies].map(([code, tally]) => ({
      code,
      message: MESSAGES[code](tally.count, [...tally.details].join(', ')),
      count: tally.count,
      eventIndex: tally.eventIndex,
    }));
  }
}
