/**
 * Deep links into a recording, as two query parameters:
 *
 * - `t`: playback time in seconds from the recording start, with at most
 *   one decimal: `t=83.5` is 1:23.5. Links are written rounded down to
 *   0.1 s, so a link never opens after the moment it was made at. Read
 *   values may have more decimals.
 * - `error`: id of a marker or insight, such as `console-5` or
 *   `rage-click-40`: 1 to 128 letters, digits, `-` or `_`.
 *
 * For example `https://support.example/replays/42?t=83.5&error=console-5`.
 * Other parameters and the fragment are kept. Single-page apps that keep
 * their query in the fragment (`#/replay?t=83.5`) are read too.
 */

/** Target of a deep link. A missing or invalid part is undefined. */
export interface ReplayLink {
  /** Playback time in ms from the recording start. */
  time: number | undefined;
  /** Id of a marker or insight. */
  errorId: string | undefined;
}

/** Parts of a deep link to write. Invalid parts are left out. */
export interface ReplayLinkInput {
  /** Playback time in ms from the recording start. @default none */
  time?: number | undefined;
  /** Id of a marker or insight. @default none */
  errorId?: string | undefined;
}

const TIME_PARAM = 't';
const ERROR_PARAM = 'error';
const SECONDS = /^\d+(\.\d+)?$/;
const ID = /^[A-Za-z0-9_-]{1,128}$/;

/**
 * Returns `baseUrl` with `t` and `error` set from `link`, replacing any
 * already there. `baseUrl` may be absolute or relative; it is edited as
 * text, so a relative URL stays relative. Never throws: a negative or
 * non-finite time and an id outside the format are left out.
 */
export function buildReplayUrl(
  baseUrl: string | URL,
  link: ReplayLinkInput,
): string {
  const { path, query, hash } = splitUrl(String(baseUrl));
  const params = new URLSearchParams(query);
  params.delete(TIME_PARAM);
  params.delete(ERROR_PARAM);

  const { time, errorId } = link;
  if (isValidTime(time)) {
    params.set(TIME_PARAM, String(Math.floor(time / 100) / 10));
  }
  if (isValidId(errorId)) params.set(ERROR_PARAM, errorId);

  const search = params.toString();
  return `${path}${search ? `?${search}` : ''}${hash ?? ''}`;
}

/**
 * Reads `t` and `error` from an absolute or relative URL, or a bare query
 * such as `?t=83.5`. Never throws: anything malformed, negative, not a
 * number or not a string gives undefined for that part.
 */
export function parseReplayUrl(url: string | URL): ReplayLink {
  if (typeof url !== 'string' && !(url instanceof URL)) {
    return { time: undefined, errorId: undefined };
  }
  const { query, hash } = splitUrl(String(url));
  let params = new URLSearchParams(query);
  if (!params.has(TIME_PARAM) && !params.has(ERROR_PARAM) && hash) {
    params = new URLSearchParams(splitUrl(hash.slice(1)).query);
  }

  const seconds = params.get(TIME_PARAM)?.trim() ?? '';
  const errorId = params.get(ERROR_PARAM)?.trim() ?? '';
  return {
    time: SECONDS.test(seconds)
      ? Math.round(Number(seconds) * 1000)
      : undefined,
    errorId: isValidId(errorId) ? errorId : undefined,
  };
}

function isValidTime(time: number | undefined): time is number {
  return typeof time === 'number' && Number.isFinite(time) && time >= 0;
}

function isValidId(id: string | undefined): id is string {
  return typeof id === 'string' && ID.test(id);
}

/** Splits a URL as text into the part before `?`, the query and `#...`. */
function splitUrl(url: string): {
  path: string;
  query: string;
  hash: string | undefined;
} {
  const hashAt = url.indexOf('#');
  const beforeHash = hashAt < 0 ? url : url.slice(0, hashAt);
  const hash = hashAt < 0 ? undefined : url.slice(hashAt);
  const queryAt = beforeHash.indexOf('?');
  if (queryAt < 0) return { path: beforeHash, query: '', hash };
  return {
    path: beforeHash.slice(0, queryAt),
    query: beforeHash.slice(queryAt + 1),
    hash,
  };
}
