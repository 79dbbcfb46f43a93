import { parseRecording } from 'reprise/engine';
import { analyzeRecording } from 'reprise/insights';
import type { TimelineMarker } from 'reprise/insights';

// The real recordings that ship with the repository, served as files and
// fetched on demand, as a support tool would fetch them from its API.
const urls = import.meta.glob<string>(
  '../../../test/fixtures/recordings/*.json',
  { query: '?url', import: 'default', eager: true },
);

/** One recorded session the console can show. */
export interface Session {
  /** File name without `.json`; also the id in URLs. */
  name: string;
  url: string;
}

export const SESSIONS: Session[] = Object.entries(urls)
  .map(([path, url]) => ({
    name: path.replace(/^.*\//, '').replace(/\.json$/, ''),
    url,
  }))
  .sort((a, b) => a.name.localeCompare(b.name));

export function findSession(name: string): Session | undefined {
  return SESSIONS.find((session) => session.name === name);
}

/** Facts about a session for the lists, from its insights. */
export interface SessionSummary {
  /** Wall-clock start, ms since the epoch. */
  startTime: number;
  /** Playback length in ms. */
  duration: number;
  /** First page the user was on. */
  firstUrl: string | undefined;
  clicks: number;
  rageClicks: number;
  /**
   * Markers of error or warning severity: console errors, failed
   * requests, error clicks, rage clicks and dead clicks.
   */
  problems: TimelineMarker[];
}

/** Fetches a session's raw events. */
export async function fetchEvents(
  session: Session,
  signal?: AbortSignal,
): Promise<unknown> {
  const response = await fetch(session.url, signal ? { signal } : {});
  if (!response.ok) {
    throw new Error(
      `Loading session ${session.name} failed: HTTP ${response.status}.`,
    );
  }
  return response.json();
}

/** Parses and analyzes a session's events into its summary. */
export function summarize(events: unknown): SessionSummary {
  const recording = parseRecording(events);
  const insights = analyzeRecording(recording);
  return {
    startTime: recording.startTime,
    duration: recording.duration,
    firstUrl: insights.navigations[0]?.to,
    clicks: insights.clicks.length,
    rageClicks: insights.rageClicks.length,
    problems: insights.markers.filter((marker) => marker.severity !== 'info'),
  };
}
