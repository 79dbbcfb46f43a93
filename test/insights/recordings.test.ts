import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRecording } from '../../src/events/parseRecording';
import { analyzeRecording } from '../../src/insights/analyzeRecording';

const DIR = path.join(import.meta.dirname, '../fixtures/recordings');

/** The raw JSON of a fixture, and its events array, unparsed by us. */
function load(name: string) {
  const json = readFileSync(path.join(DIR, name), 'utf8');
  const raw: unknown = JSON.parse(json);
  const list = Array.isArray(raw)
    ? raw
    : ((raw as { result?: unknown[]; rrweb_data?: unknown[] }).result ??
      (raw as { rrweb_data?: unknown[] }).rrweb_data ??
      []);
  const events = list as { type: number; data: Record<string, unknown> }[];
  return { events, insights: analyzeRecording(parseRecording(json)) };
}

describe('insights on real recordings', () => {
  it('posthog-localhost-with-pageviews: every $pageview custom event', () => {
    const { events, insights } = load('posthog-localhost-with-pageviews.json');
    const pageviews = events.filter(
      (e) => e.type === 5 && e.data.tag === '$pageview',
    );
    const found = insights.customEvents.filter((c) => c.tag === '$pageview');

    expect(pageviews).toHaveLength(9);
    expect(found).toHaveLength(pageviews.length);
    expect(found.map((c) => c.payload)).toEqual(
      pageviews.map((e) => e.data.payload),
    );
    expect(insights.markers.filter((m) => m.kind === 'custom')).toHaveLength(9);
  });

  it('github-com-2018: one navigation per distinct Meta href', () => {
    const { events, insights } = load('github-com-2018.json');
    const hrefs = [
      ...new Set(events.filter((e) => e.type === 4).map((e) => e.data.href)),
    ];

    expect(hrefs.length).toBeGreaterThan(1);
    expect(insights.navigations.map((n) => n.to)).toEqual(hrefs);
    expect(insights.navigations.slice(1).map((n) => n.from)).toEqual(
      hrefs.slice(0, -1),
    );
  });

  it('chalk-session-25131bfa: one click per raw Click interaction', () => {
    const { events, insights } = load('chalk-session-25131bfa.json');
    const raw = events.filter(
      (e) => e.type === 3 && e.data.source === 2 && e.data.type === 2,
    );

    expect(raw.length).toBeGreaterThan(0);
    expect(insights.clicks).toHaveLength(raw.length);
    expect(insights.clicks.map((c) => c.target.id)).toEqual(
      raw.map((e) => e.data.id),
    );
    for (const click of insights.clicks) {
      expect(click.target.description).not.toMatch(/not in the snapshot/);
    }
  });

  it('chalk-session-30497eae: input counts without the typed text', () => {
    const { events, insights } = load('chalk-session-30497eae.json');
    const inputs = events.filter((e) => e.type === 3 && e.data.source === 5);
    const serialized = JSON.stringify(insights);

    expect(insights.keystrokes.total).toBe(inputs.length);
    const typed = new Set(inputs.map((e) => String(e.data.text)));
    const longest = [...typed].sort((a, b) => b.length - a.length)[0] ?? '';
    expect(longest.length).toBeGreaterThan(10);
    expect(serialized).not.toContain(JSON.stringify(longest).slice(1, -1));
  });

  it('chalk-session-30497eae: one long idle period', () => {
    const { insights } = load('chalk-session-30497eae.json');
    const longest = Math.max(
      ...insights.inactivePeriods.map((p) => p.duration),
    );
    expect(longest).toBeGreaterThan(90 * 60_000);
  });
});
