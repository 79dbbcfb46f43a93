import { isPlainObject } from '../../events/isPlainObject';
import type { RedactionHooks } from './options';

type Data = Record<string, unknown>;

/** Runs the console hook on a console payload; null drops the entry. */
export function redactConsole(
  payload: Data,
  redact: RedactionHooks,
): Data | null {
  return redact.console ? redact.console(payload) : payload;
}

/**
 * Runs the network and URL hooks on each request of a network plugin
 * payload (`{ requests: [...] }`). Dropped requests are left out.
 */
export function redactNetwork(payload: unknown, redact: RedactionHooks) {
  if (!isPlainObject(payload) || !Array.isArray(payload.requests)) {
    return payload;
  }
  if (!redact.network && !redact.url) return payload;

  const requests = payload.requests.flatMap((request: unknown) => {
    if (!isPlainObject(request)) return [request];
    const redacted = redact.network ? redact.network(request) : request;
    return redacted ? [redactRequestUrls(redacted, redact)] : [];
  });
  return { ...payload, requests };
}

function redactRequestUrls(request: Data, redact: RedactionHooks): Data {
  const { url } = redact;
  if (!url) return request;

  const result = { ...request };
  for (const field of ['name', 'url'] as const) {
    const value = request[field];
    if (typeof value === 'string') result[field] = url(value);
  }
  return result;
}

/**
 * Returns a `url` redaction hook that replaces the values of the named
 * query parameters, or of all of them when `names` is omitted, with
 * `redacted`. Names match case-insensitively; URLs that cannot be parsed
 * lose their whole query string.
 */
export function redactQueryParameters(
  names?: readonly string[],
): (url: string) => string {
  const selected = names && new Set(names.map((name) => name.toLowerCase()));

  return (url) => {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return url.replace(/\?[^#]*/, '');
    }
    for (const key of [...parsed.searchParams.keys()]) {
      if (!selected || selected.has(key.toLowerCase())) {
        parsed.searchParams.set(key, 'redacted');
      }
    }
    return parsed.href;
  };
}
