import { useEffect, useState } from 'react';
import { fetchEvents, SESSIONS, summarize } from './sessions';
import type { SessionSummary } from './sessions';

/** A session's summary while it loads, once loaded, or why it failed. */
export type SummaryState =
  | { status: 'loading' }
  | { status: 'ready'; summary: SessionSummary }
  | { status: 'failed'; message: string };

// Summaries outlive the pages that show them, so switching between the
// session list and the error list analyzes each recording once.
const cache = new Map<string, SummaryState>();

/**
 * Loads and analyzes every session, one after another so the 1-4 MB
 * files do not compete, and returns their states by session name.
 */
export function useSessionSummaries(): ReadonlyMap<string, SummaryState> {
  const [states, setStates] = useState(() => new Map(cache));

  useEffect(() => {
    const controller = new AbortController();

    async function loadAll() {
      for (const session of SESSIONS) {
        if (cache.get(session.name)?.status === 'ready') continue;
        let state: SummaryState;
        try {
          const events = await fetchEvents(session, controller.signal);
          state = { status: 'ready', summary: summarize(events) };
        } catch (error) {
          if (controller.signal.aborted) return;
          state = { status: 'failed', message: String(error) };
        }
        cache.set(session.name, state);
        setStates(new Map(cache));
      }
    }

    void loadAll();
    return () => controller.abort();
  }, []);

  return states;
}
