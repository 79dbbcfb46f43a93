import type { BrowserCommand } from 'vitest/node';
import type { Dialog, Request } from 'playwright';

/** What a request log saw between start and take. */
export interface RequestLogEntries {
  /** URL of every request the browser context issued, in any frame. */
  requests: string[];
  /** URL and error text of every request that failed or was blocked. */
  failures: string[];
  /** Message of every dialog (alert, confirm, prompt, print) opened. */
  dialogs: string[];
}

interface RequestLog extends RequestLogEntries {
  stop(): void;
}

const logs = new Map<string, RequestLog>();

/**
 * Starts recording every request of the test's browser context (the
 * page, its iframes and workers) and every dialog, node side, through
 * Playwright. Requests to `blockedOrigin` are aborted, or with `stall`
 * left unanswered, so none leaves the machine. Dialogs are dismissed so
 * they never block the page.
 */
export const startRequestLog: BrowserCommand<
  [blockedOrigin: string, stall?: boolean]
> = async ({ context, sessionId }, blockedOrigin, stall = false) => {
  logs.get(sessionId)?.stop();
  const log: RequestLog = {
    requests: [],
    failures: [],
    dialogs: [],
    stop: () => {},
  };
  const onRequest = (request: Request) => log.requests.push(request.url());
  const onFailure = (request: Request) =>
    log.failures.push(`${request.url()} ${request.failure()?.errorText}`);
  const onDialog = (dialog: Dialog) => {
    log.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => {});
  };
  const onPage = (page: { on(event: 'dialog', fn: typeof onDialog): void }) =>
    page.on('dialog', onDialog);

  context.on('request', onRequest);
  context.on('requestfailed', onFailure);
  for (const page of context.pages()) page.on('dialog', onDialog);
  context.on('page', onPage);
  // A stalled request gets no response, like one to a server that hangs.
  // The log aborts it when it stops.
  const stalled: (() => void)[] = [];
  await context.route(`${blockedOrigin}/**`, (route) => {
    if (!stall) return route.abort();
    stalled.push(() => void route.abort().catch(() => {}));
  });
  log.stop = () => {
    context.off('request', onRequest);
    context.off('requestfailed', onFailure);
    context.off('page', onPage);
    for (const page of context.pages()) page.off('dialog', onDialog);
    for (const abort of stalled.splice(0)) abort();
    void context.unroute(`${blockedOrigin}/**`).catch(() => {});
  };
  logs.set(sessionId, log);
};

/** Stops the log started by `startRequestLog` and returns what it saw. */
export const takeRequestLog: BrowserCommand<[]> = ({ sessionId }) => {
  const log = logs.get(sessionId);
  logs.delete(sessionId);
  log?.stop();
  return {
    requests: log?.requests ?? [],
    failures: log?.failures ?? [],
    dialogs: log?.dialogs ?? [],
  };
};
