import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SanitizedEvents } from '../../../src/engine/SanitizedEvents';
import { sanitizeRecording } from '../../../src/engine/sanitize';
import type { Diagnostic, Recording } from '../../../src/events/types';
import { parseRecording } from '../../../src/events/parseRecording';
import { seededRandom } from '../../support/serializeFrame';
import { lateAttack } from '../../support/stream';

const DIR = path.join(import.meta.dirname, '../../fixtures/recordings');

function fixture(name: string): Recording {
  return parseRecording(readFileSync(path.join(DIR, `${name}.json`), 'utf8'));
}

function unsafeCount(findings: Diagnostic[]): number {
  return findings.find(({ code }) => code === 'unsafe-content')?.count ?? 0;
}

describe('SanitizedEvents', () => {
  it.each([
    'posthog-com-homepage',
    'github-com-2018',
    'chalk-session-25131bfa',
  ])('slices match a single pass: %s', (name) => {
    const recording = fixture(name);
    const whole = sanitizeRecording(recording);
    const events = new SanitizedEvents(recording, {}, () => {});
    const random = seededRandom(11);

    while (!events.complete) {
      const step = 1 + Math.floor(random() * 40);
      events.sanitizeUntil(events.sanitizedCount + step);
    }

    expect(events.recording().events).toEqual(whole.events);
    expect(events.recording().diagnostics).toEqual(whole.diagnostics);
  });

  it('sanitizes only up to the event read', () => {
    const recording = parseRecording(lateAttack());
    const reports: number[] = [];
    const events = new SanitizedEvents(recording, {}, (findings) =>
      reports.push(unsafeCount(findings)),
    );

    expect(events.at(2)?.data).toEqual(recording.events[2]?.data);
    expect(events.complete).toBe(false);
    expect(reports).toEqual([]);

    const attack = JSON.stringify(events.at(3));
    expect(attack).not.toContain('javascript:');
    expect(attack).not.toContain('onclick');
    expect(events.complete).toBe(true);
    expect(reports).toEqual([2]);
  });

  it('returns nothing outside the recording', () => {
    const events = new SanitizedEvents(
      parseRecording(lateAttack()),
      {},
      () => {},
    );

    expect(events.at(-1)).toBeUndefined();
    expect(events.at(events.length)).toBeUndefined();
    expect(events.complete).toBe(true);
  });
});
