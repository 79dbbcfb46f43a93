import type { Recording, ReplayEvent } from '../events/types';
import { createActivityCollector } from './activity';
import type { ActivityHistogram, ActivityOptions } from './activity';
import { createClickCollector } from './clicks';
import type { Click, ClickOptions } from './clicks';
import { createConsoleCollector } from './consoleEntries';
import type { ConsoleSummary } from './consoleEntries';
import { createCustomEventCollector } from './customEvents';
import type { CustomEventEntry } from './customEvents';
import { detectDeadClicks } from './deadClicks';
import type { DeadClick, DeadClickOptions } from './deadClicks';
import { detectErrorClicks, errorSignals } from './errorClicks';
import type { ErrorClick, ErrorClickOptions, ErrorSignal } from './errorClicks';
import { createInactivityCollector } from './inactivePeriods';
import type { InactivePeriod, InactivityOptions } from './inactivePeriods';
import { createKeystrokeCollector } from './keystrokes';
import type { KeystrokeSummary } from './keystrokes';
import { buildMarkers } from './markers';
import type { TimelineMarker } from './markers';
import { createNavigationCollector } from './navigations';
import type { Navigation } from './navigations';
import { createNetworkCollector } from './networkRequests';
import type { NetworkSummary } from './networkRequests';
import { createResponseCollector } from './pageResponses';
import type { PageResponse } from './pageResponses';
import { findRageClicks } from './rageClicks';
import type { RageClick, RageClickOptions } from './rageClicks';
import { RecordingWalk } from './walkRecording';

/** Options for every rule; each group has its own documented defaults. */
export interface AnalyzeOptions {
  /** Description options for click and field targets. */
  describe?: ClickOptions | undefined;
  rageClicks?: RageClickOptions | undefined;
  deadClicks?: DeadClickOptions | undefined;
  errorClicks?: ErrorClickOptions | undefined;
  inactivity?: InactivityOptions | undefined;
  activity?: ActivityOptions | undefined;
}

/** Every insight about one recording. Times are playback ms. */
export interface RecordingInsights {
  clicks: Click[];
  rageClicks: RageClick[];
  deadClicks: DeadClick[];
  errorClicks: ErrorClick[];
  navigations: Navigation[];
  console: ConsoleSummary;
  network: NetworkSummary;
  customEvents: CustomEventEntry[];
  keystrokes: KeystrokeSummary;
  inactivePeriods: InactivePeriod[];
  activity: ActivityHistogram;
  /** All of the above that belongs on a timeline, sorted by time. */
  markers: TimelineMarker[];
}

/**
 * Runs every insight over `recording` in a single pass over its events,
 * then the click rules over the collected lists. Time and memory grow
 * linearly with the number of events.
 */
export function analyzeRecording(
  recording: Recording,
  options: AnalyzeOptions = {},
): RecordingInsights {
  const analyzer = createRecordingAnalyzer(recording, options);
  recording.events.forEach((event, index) => analyzer.visit(event, index));
  return analyzer.finish();
}

/** An analyzer of a recording whose events are fed one at a time. */
export interface RecordingAnalyzer {
  /** Reads `event`, the event at `index`. Events come in order, each once. */
  visit(event: ReplayEvent, index: number): void;
  /** Returns the insights, once every event has been visited. */
  finish(): RecordingInsights;
}

/**
 * Creates an analyzer that finds what `analyzeRecording` does, with the
 * pass over the events spread over as many calls as the caller likes.
 */
export function createRecordingAnalyzer(
  recording: Pick<Recording, 'startTime' | 'duration'>,
  options: AnalyzeOptions = {},
): RecordingAnalyzer {
  const { duration } = recording;
  const collectors = createCollectors(duration, options);
  const walk = new RecordingWalk(
    recording.startTime,
    Object.values(collectors),
  );

  return {
    visit: (event, index) => walk.visit(event, index),
    finish: () => summarize(collectors, options, duration),
  };
}

function createCollectors(duration: number, options: AnalyzeOptions) {
  return {
    clicks: createClickCollector(options.describe),
    responses: createResponseCollector(),
    navigations: createNavigationCollector(),
    console: createConsoleCollector(),
    network: createNetworkCollector(),
    customEvents: createCustomEventCollector(),
    keystrokes: createKeystrokeCollector(options.describe),
    inactivity: createInactivityCollector(duration, options.inactivity),
    activity: createActivityCollector(duration, options.activity),
  };
}

type Collectors = ReturnType<typeof createCollectors>;

/** Builds the insights from what the collectors gathered. */
function summarize(
  collectors: Collectors,
  options: AnalyzeOptions,
  duration: number,
): RecordingInsights {
  const clicks = collectors.clicks.finish();
  const consoleSummary = collectors.console.finish();
  const network = collectors.network.finish();
  const insights: Omit<RecordingInsights, 'markers'> = {
    clicks,
    ...clickSignals(clicks, options, {
      responses: collectors.responses.finish(),
      errors: errorSignals(consoleSummary.entries, network.requests),
      duration,
    }),
    navigations: collectors.navigations.finish(),
    console: consoleSummary,
    network,
    customEvents: collectors.customEvents.finish(),
    keystrokes: collectors.keystrokes.finish(),
    inactivePeriods: collectors.inactivity.finish(),
    activity: collectors.activity.finish(),
  };
  return {
    ...insights,
    markers: buildMarkers({
      ...insights,
      consoleEntries: consoleSummary.entries,
      network: network.requests,
    }),
  };
}

/** Runs the click rules over what the single pass collected. */
function clickSignals(
  clicks: Click[],
  options: AnalyzeOptions,
  seen: { responses: PageResponse[]; errors: ErrorSignal[]; duration: number },
): Pick<RecordingInsights, 'rageClicks' | 'deadClicks' | 'errorClicks'> {
  const { responses, errors, duration } = seen;
  return {
    rageClicks: findRageClicks(clicks, options.rageClicks),
    deadClicks: detectDeadClicks(
      clicks,
      responses,
      duration,
      options.deadClicks,
    ),
    errorClicks: detectErrorClicks(clicks, errors, options.errorClicks),
  };
}
