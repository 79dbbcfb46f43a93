import chalk08463d03 from '../test/fixtures/recordings/chalk-session-08463d03.json?url';
import chalk25131bfa from '../test/fixtures/recordings/chalk-session-25131bfa.json?url';
import chalk30497eae from '../test/fixtures/recordings/chalk-session-30497eae.json?url';
import chalkE1e2280b from '../test/fixtures/recordings/chalk-session-e1e2280b.json?url';
import demoitReactHooks from '../test/fixtures/recordings/demoit-react-hooks.json?url';
import expectDevDemo from '../test/fixtures/recordings/expect-dev-demo.json?url';
import github2018 from '../test/fixtures/recordings/github-com-2018.json?url';
import githubDashboard from '../test/fixtures/recordings/github-dashboard-2021-packed.json?url';
import posthogHomepage from '../test/fixtures/recordings/posthog-com-homepage.json?url';
import posthogMobileDocs from '../test/fixtures/recordings/posthog-com-mobile-docs.json?url';
import pricing1280 from '../test/fixtures/recordings/reprise-pricing-1280.json?url';
import pricing375 from '../test/fixtures/recordings/reprise-pricing-375.json?url';
import pricing768 from '../test/fixtures/recordings/reprise-pricing-768.json?url';
import sentrySimple from '../test/fixtures/recordings/sentry-analyzer-simple.json?url';
import smartxMobile from '../test/fixtures/recordings/smartx-halo-mobile.json?url';

/*
 * Real recordings the stories can show (see the README beside them).
 * They are imported as URLs and fetched when a story needs one, so the
 * 1-4 MB files stay out of the story bundle.
 */
export const RECORDING_URLS = {
  'demoit-react-hooks': demoitReactHooks,
  'posthog-com-homepage': posthogHomepage,
  'chalk-session-25131bfa': chalk25131bfa,
  'github-dashboard-2021-packed': githubDashboard,
  'github-com-2018': github2018,
  'expect-dev-demo': expectDevDemo,
  'posthog-com-mobile-docs': posthogMobileDocs,
  'smartx-halo-mobile': smartxMobile,
  'sentry-analyzer-simple': sentrySimple,
  'chalk-session-08463d03': chalk08463d03,
  'chalk-session-30497eae': chalk30497eae,
  'chalk-session-e1e2280b': chalkE1e2280b,
  'reprise-pricing-375': pricing375,
  'reprise-pricing-768': pricing768,
  'reprise-pricing-1280': pricing1280,
} as const;

export type RecordingName = keyof typeof RECORDING_URLS;

export const RECORDING_NAMES = Object.keys(RECORDING_URLS) as RecordingName[];

/** Fetches a recording's raw JSON, as an embedder would from its API. */
export async function fetchRecording(
  name: RecordingName,
  signal?: AbortSignal,
): Promise<unknown> {
  const url = RECORDING_URLS[name];
  const response = await fetch(url, signal ? { signal } : {});
  if (!response.ok) {
    throw new Error(`Loading ${name} failed: HTTP ${response.status}.`);
  }
  return response.json();
}
