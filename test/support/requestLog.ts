import { commands } from 'vitest/browser';
import type { RequestLogEntries } from '../commands/requestLog';

declare module 'vitest/browser' {
  interface BrowserCommands {
    startRequestLog(blockedOrigin: string): Promise<void>;
    takeRequestLog(): Promise<RequestLogEntries>;
  }
}

/**
 * Origin that every hostile URL in security tests points at: a closed
 * port on this machine, whose requests the log aborts before they leave.
 */
export const PROBE_ORIGIN = 'http://127.0.0.1:9';

/** Starts counting every request and dialog of the browser context. */
export function startRequestLog(): Promise<void> {
  return commands.startRequestLog(PROBE_ORIGIN);
}

/** Stops counting and returns the requests and dialogs seen. */
export function takeRequestLog(): Promise<RequestLogEntries> {
  return commands.takeRequestLog();
}
