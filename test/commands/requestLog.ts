import type { BrowserCommand } from 'vitest/node';
import type { Dialog, Frame, Request, Route } from 'playwright';

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
 * Starts recording, node side through Playwright, every request of the
 * test's frame and of the frames inside it (the replay frames, recorded
 * iframes), and of workers, and every dialog. Test files running at the
 * same time have frames of their own, whose requests are left out.
 * Requests to `blockedOrigin` are aborted, or with `stall` left
 * unanswered, so none leaves the machine. Dialogs are dismissed so they
 * never block the page.
 */
export const startRequestLog: BrowserCommand<
  [blockedOrigin: string, stall?: boolean]
> = async ({ context, frame, sessionId }, blockedOrigin, stall = false) => {
  logs.get(sessionId)?.stop();
  const testFrame = await frame();
  const fromTest = (request: Request) => isWithin(request, testFrame);
  const log: RequestLog = {
    requests: [],
    failures: [],
    dialogs: [],
    stop: () => {},
  };
  const onRequest = (request: Request) => {
    if (fromTest(request)) log.requests.push(request.url());
  };
  const onFailure = (request: Request) => {
    if (!fromTest(request)) return;
    log.failures.push(`${request.url()} ${request.failure()?.errorText}`);
  };
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
  const pattern = `${blockedOrigin}/**`;
  const handler = (route: Route) => {
    if (!stall) return route.abort();
    stalled.push(() => void route.abort().catch(() => {}));
  };
  await context.route(pattern, handler);
  log.stop = () => {
    context.off('request', onRequest);
    context.off('requestfailed', onFailure);
    context.off('page', onPage);
    for (const page of context.pages()) page.off('dialog', onDialog);
    for (const abort of stalled.splice(0)) abort();
    void context.unroute(pattern, handler).catch(() => {});
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

/**
 * True when `request` comes from `frame` or a frame inside it. Requests
 * without a frame (service workers) are counted, to err on the safe side.
 */
function isWithin(request: Request, frame: Frame): boolean {
  let current: Frame | null;
  try {
    current = request.frame();
  } catch {
    return true;
  }
  for (; current; current = current.parentFrame()) {
    if (current === frame) return true;
  }
  return false;
}
