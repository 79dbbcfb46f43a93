import type { MarkerKind, MarkerSeverity } from '../../insights';

/** Display names of one kind of marker. */
export interface MarkerKindInfo {
  /** Singular name, capitalised, as it starts an accessible name. */
  name: string;
  /** Plural name, lower case, as it appears in a group summary. */
  plural: string;
}

export const MARKER_KINDS: Readonly<Record<MarkerKind, MarkerKindInfo>> = {
  click: { name: 'Click', plural: 'clicks' },
  'rage-click': { name: 'Rage click', plural: 'rage clicks' },
  'dead-click': { name: 'Dead click', plural: 'dead clicks' },
  'error-click': { name: 'Error click', plural: 'error clicks' },
  error: { name: 'Error', plural: 'errors' },
  'network-error': { name: 'Network error', plural: 'network errors' },
  navigation: { name: 'Navigation', plural: 'navigations' },
  custom: { name: 'Custom event', plural: 'custom events' },
};

/** Orders severities so a group takes the look of its worst marker. */
export const SEVERITY_RANK: Readonly<Record<MarkerSeverity, number>> = {
  info: 0,
  warning: 1,
  error: 2,
};

/**
 * Orders kinds within one severity, most specific first, so a group of a
 * click and the rage click it started shows as a rage click.
 */
const KIND_RANK: Readonly<Record<MarkerKind, number>> = {
  'error-click': 7,
  error: 6,
  'network-error': 5,
  'rage-click': 4,
  'dead-click': 3,
  custom: 2,
  navigation: 1,
  click: 0,
};

/** Returns whether `a` should be shown in place of `b` in a group. */
export function outranks(
  a: { kind: MarkerKind; severity: MarkerSeverity },
  b: { kind: MarkerKind; severity: MarkerSeverity },
): boolean {
  const bySeverity = SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity];
  if (bySeverity !== 0) return bySeverity > 0;
  return KIND_RANK[a.kind] > KIND_RANK[b.kind];
}
