import { EventType } from '@rrweb/types';
import { isPlainObject } from '../../events/isPlainObject';
import type { Recording, ReplayEvent } from '../../events/types';
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
 * The engine replays and the insights read only this copy, so the first
 * frame, seeks, checkpoints, the indexing frame and every panel see the
 * same sanitized events. Unchanged events are shared with the input,
 * which is never modified.
 */
export function sanitizeRecording(
  recording: Recording,
  options: SanitizeOptions = {},
): Recording {
  const context = new SanitizeContext(options.assets ?? 'none', options);
  const matcher =
    options.maskTextSelector || options.blockSelector
      ? new PrivacyMatcher(options.maskTextSelector, options.blockSelector)
      : null;
  const redact = options.redact ?? {};

  const events = recording.events.map((event, index) => {
    context.eventIndex = index;
    try {
      return sanitizeEvent(event, context, matcher, redact);
    } catch {
      // A shape the sanitizer cannot read is not replayed at all.
      context.note('invalid-node');
      return inertEvent(event);
    }
  });
  return {
    ...recording,
    events,
    diagnostics: [...recording.diagnostics, ...context.diagnostics()],
  };
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
