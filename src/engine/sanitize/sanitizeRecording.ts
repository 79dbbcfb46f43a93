import { EventType } from '@rrweb/types';
import { isPlainObject } from '../../events/isPlainObject';
import type { Diagnostic, Recording, ReplayEvent } from '../../events/types';
import type { AssetPolicy, PrivacyOptions, RedactionHooks } from './options';
import { PrivacyMatcher } from './PrivacyMatcher';
import { redactConsole, redactNetwork } from './redactPayloads';
import { SanitizeContext } from './SanitizeContext';
import { sanitizeIncremental } from './sanitizeIncremental';
import { sanitizeNode } from './sanitizeNode';

type Data = Record<string, unknown>;

export interface SanitizeOptions extends PrivacyOptions {
  /** @default 'none' */
  assets?: AssetPolicy | undefined;
}

/**
 * Returns a copy of `recording` that is safe to replay and to analyse.
 * Every serialized node, attribute, text and style sheet change is
 * stripped of scripts, event handlers, script URLs and other active
 * content. Asset URLs follow the asset policy, and the privacy options
 * mask, block and redact. What it changed is added to `diagnostics`.
 *
 * Unchanged events are shared with the input, which is never modified.
 * The engine sanitizes with a `RecordingSanitizer` instead, as far as
 * playback needs, so a long recording does not delay the first frame.
 */
export function sanitizeRecording(
  recording: Recording,
  options: SanitizeOptions = {},
): Recording {
  const sanitizer = new RecordingSanitizer(options);
  const events = recording.events.map((event, index) =>
    sanitizer.sanitize(event, index),
  );
  return {
    ...recording,
    events,
    diagnostics: [...recording.diagnostics, ...sanitizer.diagnostics()],
  };
}

/**
 * Sanitizes a recording's events one at a time, in order. Node tags,
 * style texts and the page URL carry over from one event to the next, so
 * every event must be passed, each once, from the first on.
 */
export class RecordingSanitizer {
  private readonly context: SanitizeContext;
  private readonly matcher: PrivacyMatcher | null;
  private readonly redact: RedactionHooks;

  constructor(options: SanitizeOptions = {}) {
    this.context = new SanitizeContext(options.assets ?? 'none', options);
    this.matcher =
      options.maskTextSelector || options.blockSelector
        ? new PrivacyMatcher(options.maskTextSelector, options.blockSelector)
        : null;
    this.redact = options.redact ?? {};
  }

  /** Number of changes made so far; grows whenever a finding is noted. */
  get findingCount(): number {
    return this.context.noteCount;
  }

  /** Returns the safe version of `event`, the event at `index`. */
  sanitize(event: ReplayEvent, index: number): ReplayEvent {
    this.context.eventIndex = index;
    try {
      return sanitizeEvent(event, this.context, this.matcher, this.redact);
    } catch {
      // A shape the sanitizer cannot read is not replayed at all.
      this.context.note('invalid-node');
      return inertEvent(event);
    }
  }

  /** Returns what was changed so far, one diagnostic per kind of finding. */
  diagnostics(): Diagnostic[] {
    return this.context.diagnostics();
  }
}

function sanitizeEvent(
  event: ReplayEvent,
  context: SanitizeContext,
  matcher: PrivacyMatcher | null,
  redact: RedactionHooks,
): ReplayEvent {
  const data = event.data as unknown as Data;

  switch (event.type) {
    case EventType.Meta:
      return sanitizeMeta(event, data, context, redact);
    case EventType.FullSnapshot: {
      context.resetNodes();
      const marks = matcher?.snapshot(data.node) ?? null;
      context.snapshotIds = new Set();
      const node = sanitizeNode(data.node, context, marks);
      context.snapshotIds = null;
      if (node === null) return inertEvent(event);
      return withData(
        event,
        data,
        node === data.node ? data : { ...data, node },
      );
    }
    case EventType.IncrementalSnapshot: {
      const safe = sanitizeIncremental(data, context, matcher, redact);
      return safe === null ? inertEvent(event) : withData(event, data, safe);
    }
    case EventType.Plugin:
      return sanitizePlugin(event, data, redact);
    default:
      return event;
  }
}

function sanitizeMeta(
  event: ReplayEvent,
  data: Data,
  context: SanitizeContext,
  redact: RedactionHooks,
): ReplayEvent {
  if (typeof data.href !== 'string') return event;
  context.pageUrl = data.href;
  if (!redact.url) return event;
  return withData(event, data, { ...data, href: redact.url(data.href) });
}

function sanitizePlugin(
  event: ReplayEvent,
  data: Data,
  redact: RedactionHooks,
): ReplayEvent {
  const plugin = typeof data.plugin === 'string' ? data.plugin : '';
  if (/console/i.test(plugin) && isPlainObject(data.payload)) {
    const payload = redactConsole(data.payload, redact);
    if (payload === null) return inertEvent(event);
    return withData(event, data, { ...data, payload });
  }
  if (/network/i.test(plugin)) {
    const payload = redactNetwork(data.payload, redact);
    return withData(event, data, { ...data, payload });
  }
  return event;
}

function withData(event: ReplayEvent, data: Data, safe: Data): ReplayEvent {
  return safe === data ? event : ({ ...event, data: safe } as ReplayEvent);
}

/**
 * An event in the place of one that must not be replayed: a Load event,
 * which neither the engine nor the insights act on, so event indexes stay.
 */
function inertEvent(event: ReplayEvent): ReplayEvent {
  return { type: EventType.Load, data: {}, timestamp: event.timestamp };
}
