import type { NetworkEntry } from '../../insights';
import { formatDuration } from '../../insights/formatDuration';

/** Orders the network panel offers. */
export type NetworkSort = 'oldest' | 'newest' | 'slowest';

export const NETWORK_SORTS: readonly { value: NetworkSort; label: string }[] = [
  { value: 'oldest', label: 'Oldest first' },
  { value: 'newest', label: 'Newest first' },
  { value: 'slowest', label: 'Slowest first' },
];

/**
 * Returns `requests` (in time order) sorted as `sort` specifies. Requests
 * without a duration go last when sorting by duration.
 */
export function sortRequests(
  requests: readonly NetworkEntry[],
  sort: NetworkSort,
): readonly NetworkEntry[] {
  if (sort === 'oldest') return requests;
  if (sort === 'newest') return [...requests].reverse();
  return [...requests].sort(
    (a, b) => (b.duration ?? -1) - (a.duration ?? -1) || a.time - b.time,
  );
}

/**
 * Returns the part of a URL a row shows: path, query and hash for http(s) URLs,
 * whose full URL goes in the tooltip. A URL that does not parse or has no host,
 * such as a `data:` URL, is shown whole.
 */
export function displayPath(url: string): string {
  try {
    const parsed = new URL(url);
    if (!parsed.host) return url;
    return `${parsed.pathname}${parsed.search}${parsed.hash}`;
  } catch {
    return url;
  }
}

/** Status cell text: the code, `failed` without one, or a dash. */
export function statusText(request: NetworkEntry): string {
  if (request.status !== undefined && request.status !== 0) {
    return String(request.status);
  }
  return request.failed ? 'failed' : '—';
}

/** Duration cell text, such as `85 ms` or `1.2 s`; a dash if unknown. */
export function durationText(request: NetworkEntry): string {
  return request.duration === undefined
    ? '—'
    : formatDuration(request.duration);
}
