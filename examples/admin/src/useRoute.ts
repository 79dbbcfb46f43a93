import { useSyncExternalStore } from 'react';
import { buildReplayUrl } from 'reprise/react';
import type { ReplayLinkInput } from 'reprise/react';

/** A page of the app, read from the URL's hash. */
export type Route =
  | { page: 'sessions' }
  | { page: 'problems'; session: string | undefined }
  | { page: 'session'; name: string }
  | { page: 'heatmap' }
  | { page: 'not-found'; path: string };

/**
 * Parses `#/sessions/<name>?t=…` and the other pages' hashes into a
 * route. The session page leaves its query to the player.
 */
export function parseRoute(hash: string): Route {
  const [pathPart, query = ''] = hash.replace(/^#/, '').split('?');
  const path = pathPart || '/';
  if (path === '/' || path === '/sessions') return { page: 'sessions' };
  if (path === '/heatmap') return { page: 'heatmap' };
  if (path === '/problems') {
    const session = new URLSearchParams(query).get('session') ?? undefined;
    return { page: 'problems', session };
  }

  const session = /^\/sessions\/([\w.-]+)$/.exec(path);
  if (session?.[1]) return { page: 'session', name: session[1] };
  return { page: 'not-found', path };
}

/**
 * Hash of a session's page. A deep link's `t` and `error` parameters go
 * in the hash's own query, which `parseReplayUrl` reads too, so they
 * stay with the page they belong to.
 */
export function sessionHref(name: string, link: ReplayLinkInput = {}): string {
  return `#${buildReplayUrl(`/sessions/${name}`, link)}`;
}

function subscribe(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The current hash, updated on every navigation. */
export function useHash(): string {
  return useSyncExternalStore(
    subscribe,
    () => window.location.hash,
    () => '',
  );
}
