import type { Diagnostic, Recording, ReplayEvent } from '../events/types';
import { RecordingSanitizer } from './sanitize';
import type { SanitizeOptions } from './sanitize';

/** Events read by index, such as a plain array. */
export interface EventSource {
  readonly length: number;
  at(index: number): ReplayEvent | undefined;
}

/**
 * A recording's events as the engine reads them: sanitized in order, as
 * far as anything has asked. The first frame needs only the events up to
 * its moment, so a long recording is sanitized in background slices after
 * it, and reading an event first sanitizes every event before it. No
 * unsanitized event is ever handed out.
 */
export class SanitizedEvents implements EventSource {
  private readonly sanitized: ReplayEvent[] = [];
  /**
   * Dropped once every event is sanitized, since it keeps the tag of
   * every node the recording ever added.
   */
  private sanitizer: RecordingSanitizer | null;
  /** The sanitizer's findings, kept when it is dropped. */
  private finalFindings: Diagnostic[] = [];
  private findingsReported = 0;
  private whole: Recording | null = null;

  /**
   * @param onFindings called with every kind of change made so far,
   *   whenever sanitizing found something new
   */
  constructor(
    private readonly input: Recording,
    options: SanitizeOptions,
    private readonly onFindings: (findings: Diagnostic[]) => void,
  ) {
    this.sanitizer = new RecordingSanitizer(options);
  }

  get length(): number {
    return this.input.events.length;
  }

  /** Number of events sanitized so far, from the first. */
  get sanitizedCount(): number {
    return this.sanitized.length;
  }

  get complete(): boolean {
    return this.sanitized.length === this.length;
  }

  at(index: number): ReplayEvent | undefined {
    if (index < 0) return undefined;
    if (index >= this.sanitized.length) this.sanitizeUntil(index + 1);
    return this.sanitized[index];
  }

  /** Sanitizes the events before index `count`. */
  sanitizeUntil(count: number): void {
    const end = Math.min(count, this.length);
    while (this.sanitized.length < end) this.sanitizeNext();
    this.reportFindings();
  }

  /** Returns the whole sanitized recording, after sanitizing what is left. */
  recording(): Recording {
    if (this.whole) return this.whole;
    this.sanitizeUntil(this.length);
    this.whole = {
      ...this.input,
      events: this.sanitized,
      diagnostics: [...this.input.diagnostics, ...this.findings()],
    };
    return this.whole;
  }

  /** Returns what sanitizing changed so far, one diagnostic per kind. */
  findings(): Diagnostic[] {
    return this.sanitizer?.diagnostics() ?? this.finalFindings;
  }

  private sanitizeNext(): void {
    const index = this.sanitized.length;
    const event = this.input.events[index]!;
    this.sanitized.push(this.sanitizer!.sanitize(event, index));
  }

  private reportFindings(): void {
    const { sanitizer } = this;
    if (!sanitizer) return;
    const count = sanitizer.findingCount;
    if (count !== this.findingsReported) {
      this.findingsReported = count;
      this.onFindings(this.findings());
    }
    if (this.complete) {
      this.finalFindings = sanitizer.diagnostics();
      this.sanitizer = null;
    }
  }
}
