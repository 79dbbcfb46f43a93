export { analyzeRecording } from './analyzeRecording';
export type { AnalyzeOptions, RecordingInsights } from './analyzeRecording';
export { findActivity } from './activity';
export type { ActivityHistogram, ActivityOptions } from './activity';
export { findClicks } from './clicks';
export type { Click, ClickOptions, ClickTarget, PointerKind } from './clicks';
export type { TargetClass } from './classifyTarget';
export {
  CONSOLE_LEVELS,
  CONSOLE_PLUGIN,
  findConsoleEntries,
} from './consoleEntries';
export type {
  ConsoleEntry,
  ConsoleLevel,
  ConsoleSummary,
} from './consoleEntries';
export { findCustomEvents } from './customEvents';
export type { CustomEventEntry } from './customEvents';
export { detectDeadClicks, findDeadClicks } from './deadClicks';
export type { DeadClick, DeadClickOptions } from './deadClicks';
export { decodeConsolePayload } from './decodeConsolePayload';
export { describeNode } from './describeNode';
export type { DescribeOptions } from './describeNode';
export {
  detectErrorClicks,
  errorSignals,
  findErrorClicks,
} from './errorClicks';
export type { ErrorClick, ErrorClickOptions, ErrorSignal } from './errorClicks';
export { findInactivePeriods } from './inactivePeriods';
export type { InactivePeriod, InactivityOptions } from './inactivePeriods';
export { countKeystrokes } from './keystrokes';
export type { FieldKeystrokes, KeystrokeSummary } from './keystrokes';
export { buildMarkers } from './markers';
export type {
  MarkerKind,
  MarkerSeverity,
  MarkerSources,
  TimelineMarker,
} from './markers';
export { findNavigations } from './navigations';
export type { Navigation, NavigationKind } from './navigations';
export { findNetworkRequests, NETWORK_PLUGIN } from './networkRequests';
export type { NetworkEntry, NetworkSummary } from './networkRequests';
export { NodeIndex } from './NodeIndex';
export type { IndexedNode } from './NodeIndex';
export type { PageResponse, ResponseKind } from './pageResponses';
export { findRageClicks } from './rageClicks';
export type {
  RageClick,
  RageClickOptions,
  RageClickStep,
  RageClickThresholds,
} from './rageClicks';
export { updateNodeIndex } from './updateNodeIndex';
