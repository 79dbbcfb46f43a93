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
    loadAtStart: os.loadavg()[0],
  };
}

/**
 * Returns the 1-minute load average now. Above the number of cores, other
 * work competed with the run for the CPU.
 */
export function currentLoad() {
  return os.loadavg()[0];
}
