import type { Click } from './clicks';
import type { ConsoleEntry } from './consoleEntries';
import type { CustomEventEntry } from './customEvents';
import type { DeadClick } from './deadClicks';
import type { ErrorClick } from './errorClicks';
import type { Navigation } from './navigations';
import type { NetworkEntry } from './networkRequests';
import type { RageClick } from './rageClicks';
import { truncate } from './visibleText';

export type MarkerKind =
  | 'click'
  | 'rage-click'
  | 'dead-click'
  | 'error-click'
  | 'error'
  | 'network-error'
  | 'navigation'
  | 'custom';

export type MarkerSeverity = 'info' | 'warning' | 'error';

/** A point on the timeline a person can jump to. */
export interface TimelineMarker {
  /**
   * Stable for a given recording and equal to the id of the insight it
   * marks (`console-12`, `rage-click-40`...), so a link can point at it.
   */
  id: string;
  kind: MarkerKind;
  /** Playback time, ms from the recording's start. */
  time: number;
  /** One short line. */
  label: string;
  severity: MarkerSeverity;
}

/** Everything markers are made from. */
export interface MarkerSources {
  clicks: readonly Click[];
  rageClicks: readonly RageClick[];
  deadClicks: readonly DeadClick[];
  errorClicks: readonly ErrorClick[];
  consoleEntries: readonly ConsoleEntry[];
  network: readonly NetworkEntry[];
  navigations: readonly Navigation[];
  customEvents: readonly CustomEventEntry[];
}

const MAX_LABEL = 80;

type Draft = [
  id: string,
  kind: MarkerKind,
  time: number,
  label: string,
  severity: MarkerSeverity,
];

/**
 * Builds one flat list of markers sorted by time. At equal times,
 * navigations come first, then clicks and their signals, then errors
 * and custom events. The initial page is not marked.
 */
export function buildMarkers(sources: MarkerSources): TimelineMarker[] {
  const drafts: Draft[] = [
    ...sources.navigations
      .filter((nav) => nav.kind !== 'initial')
      .map((nav): Draft => [
        nav.id,
        'navigation',
        nav.time,
        navigationLabel(nav),
        'info',
      ]),
    ...clickDrafts(sources),
    ...sources.consoleEntries
      .filter((entry) => entry.isError)
      .map((entry): Draft => [
        entry.id,
        'error',
        entry.time,
        entry.message || `console.${entry.level}`,
        'error',
      ]),
    ...sources.network
      .filter((request) => request.failed)
      .map((request): Draft => [
        request.id,
        'network-error',
        request.time,
        `${request.method} ${request.url} (${request.failure ?? 'failed'})`,
        'error',
      ]),
    ...sources.customEvents.map(({ id, time, tag }): Draft => [
      id,
      'custom',
      time,
      tag,
      'info',
    ]),
  ];

  return drafts
    .map(([id, kind, time, label, severity]) => ({
      id,
      kind,
      time,
      label: truncate(label, MAX_LABEL),
      severity,
    }))
    .sort((a, b) => a.time - b.time);
}

function clickDrafts(sources: MarkerSources): Draft[] {
  return [
    ...sources.clicks.map(({ id, time, target }): Draft => [
      id,
      'click',
      time,
      `Click on ${target.description}`,
      'info',
    ]),
    ...sources.rageClicks.map(({ id, time, count, target }): Draft => [
      id,
      'rage-click',
      time,
      `Rage click (${count}×) on ${target.description}`,
      'warning',
    ]),
    ...sources.deadClicks.map(({ id, time, click }): Draft => [
      id,
      'dead-click',
      time,
      `Dead click on ${click.target.description}`,
      'warning',
    ]),
    ...sources.errorClicks.map(({ id, time, click }): Draft => [
      id,
      'error-click',
      time,
      `Error after click on ${click.target.description}`,
      'error',
    ]),
  ];
}

function navigationLabel(nav: Navigation): string {
  if (nav.kind === 'reload') return `Reloaded ${nav.to}`;
  if (nav.kind === 'url-change') return `URL changed to ${nav.to}`;
  return `Navigated to ${nav.to}`;
}
