import { commands } from 'vitest/browser';
import type { RequestLogEntries } from '../commands/requestLog';

declare module 'vitest/browser' {
  interface BrowserCommands {
    startRequestLog(blockedOrigin: string, stall?: boolean): Promise<void>;
    takeRequestLog(): Promise<RequestLogEntries>;
  }
}

/**
 * Origin that every hostile URL in security tests points at: a closed
 * port on this machine, whose requests the log aborts before they leave.
 */
export const PROBE_ORIGIN = 'http://127.0.0.1:9';

/**
 * Starts counting every request and dialog of the browser context. With
 * `stall`, requests to the probe origin hang instead of failing.
 */
export function startRequestLog({ stall = false } = {}): Promise<void> {
  return commands.startRequestLog(PROBE_ORIGIN, stall);
}

/** Stops counting and returns the requests and dialogs seen. */
export function takeRequestLog(): Promise<RequestLogEntries> {
  return commands.takeRequestLog();
}
