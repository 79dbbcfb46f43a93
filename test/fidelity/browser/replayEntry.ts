import type { eventWithTime } from '@rrweb/types';
import { Replayer } from 'rrweb';
import { createReplayer } from '../../../src/engine';
import type { Replayer as RepriseReplayer } from '../../../src/engine';
import { describeDocument } from './describeDocument';
import type { DocumentDescription } from './DomNode';
import { settleFrame } from './settleFrame';

/** What a replay returns for one checkpoint. */
export interface ReplayedCheckpoint {
  description: DocumentDescription;
  /** Factor the replay frame is scaled by; screenshots need 1. */
  scale: number;
  /** Diagnostic codes the engine reported so far, with counts. */
  diagnostics: Record<string, number>;
  /** Why the replayer stopped replaying, if it did. */
  error: string | null;
}

/** A viewport size, in CSS pixels. */
export interface Size {
  width: number;
  height: number;
}

/**
 * Loaded into the player page: replays recorded events with Reprise or
 * with rrweb's Replayer, and describes the replayed document the same way
 * the recorded page was described.
 */
export interface ReplayApi {
  /** Fetches the events of one app. */
  load(url: string): Promise<number>;
  /** Seeks Reprise to the event at `timestamp` (ms since epoch). */
  reprise(timestamp: number, size: Size): Promise<ReplayedCheckpoint>;
  /** Replays with a fresh rrweb Replayer, paused at `timestamp`. */
  rrweb(timestamp: number, size: Size): Promise<ReplayedCheckpoint>;
}

declare global {
  interface Window {
    fidelityReplay: ReplayApi;
  }
}

let events: unknown[] = [];
let reprise: RepriseReplayer | null = null;
let rrweb: Replayer | null = null;

function rootOfSize(size: Size): HTMLElement {
  const root = document.getElementById('root');
  if (!root) throw new Error('The player page has no #root.');
  root.style.width = `${size.width}px`;
  root.style.height = `${size.height}px`;
  return root;
}

/**
 * Marks the iframe that shows the frame, for the screenshot: the root may
 * hold other (hidden) iframes that a replayer keeps for its own use.
 */
function markShownFrame(iframe: HTMLIFrameElement): void {
  for (const marked of document.querySelectorAll('[data-fidelity-shot]')) {
    marked.removeAttribute('data-fidelity-shot');
  }
  iframe.setAttribute('data-fidelity-shot', '');
}

function countDiagnostics(replayer: RepriseReplayer): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { code, count } of replayer.getState().diagnostics) {
    counts[code] = (counts[code] ?? 0) + count;
  }
  return counts;
}

window.fidelityReplay = {
  async load(url) {
    const response = await fetch(url);
    events = (await response.json()) as unknown[];
    reprise?.destroy();
    reprise = null;
    return events.length;
  },

  async reprise(timestamp, size) {
    const root = rootOfSize(size);
    reprise ??= createReplayer(events, {
      root,
      assets: 'original',
      maskAllInputs: false,
    });
    await reprise.seek(timestamp - reprise.recording.startTime);
    const description = describeDocument(reprise.document, {
      skip: (element) => element.hasAttribute('data-reprise'),
    });
    markShownFrame(reprise.iframe);
    await settleFrame(reprise.document);
    return {
      description,
      scale: reprise.getState().scale,
      diagnostics: countDiagnostics(reprise),
      error: reprise.getState().error?.message ?? null,
    };
  },

  async rrweb(timestamp, size) {
    const root = rootOfSize(size);
    rrweb?.destroy();
    root.replaceChildren();
    const player = new Replayer(events as eventWithTime[], {
      root,
      mouseTail: false,
      showWarning: false,
      UNSAFE_replayCanvas: true,
    });
    rrweb = player;

    // The constructor applies the first Meta's viewport in a timeout; a
    // pause before it runs would see its later resizes undone.
    await new Promise((resolve) => setTimeout(resolve, 20));
    // pause(t) leaves out the events at exactly t: rrweb applies only the
    // events strictly before its baseline time.
    player.pause(timestamp - player.getMetaData().startTime + 1);

    const doc = player.iframe.contentDocument;
    if (!doc) throw new Error('rrweb replay has no document.');
    markShownFrame(player.iframe);
    await settleFrame(doc, 300);

    // rrweb's own <style> before <head> has no recorded id: -1, or a
    // negative id from its virtual DOM.
    const mirror = player.getMirror();
    const description = describeDocument(doc, {
      skip: (element) =>
        element.parentElement === doc.documentElement &&
        element.localName === 'style' &&
        mirror.getId(element) < 0,
    });
    return { description, scale: 1, diagnostics: {}, error: null };
  },
};
