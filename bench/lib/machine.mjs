import os from 'node:os';

/**
 * Describes the machine a run happened on, for the report.
 * @param {import('playwright-core').Browser} browser
 */
export function describeMachine(browser) {
  const cpus = os.cpus();
  return {
    cores: cpus.length,
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    chromium: browser.version(),
    node: process.version,
    date: new Date().toISOString(),
    /** 1, 5 and 15 minute load averages when the run started. */
    loadAverage: os.loadavg().map((load) => Number(load.toFixed(2))),
  };
}
