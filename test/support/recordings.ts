import type { ReplayEvent } from '../../src/events/types';

const urls = import.meta.glob<string>('../fixtures/recordings/*.json', {
  query: '?url',
  import: 'default',
  eager: true,
});

/** Names of the bundled real recordings, without `.json`. */
export const recordingNames = Object.keys(urls).map((path) =>
  path.replace(/^.*\//, '').replace(/\.json$/, ''),
);

/** Fetches a bundled recording's raw JSON (in a browser test). */
export async function fetchRecording(name: string): Promise<unknown> {
  const url = urls[`../fixtures/recordings/${name}.json`];
  if (!url) throw new Error(`No bundled recording named "${name}".`);

  const response = await fetch(url);
  if (!response.ok) throw new Error(`Fetching ${url}: ${response.status}`);
  return response.json();
}

/** Creates a root element of the given size, attached to the page. */
export function createRoot(width = 800, height = 600): HTMLDivElement {
  const root = document.createElement('div');
  Object.assign(root.style, {
    position: 'relative',
    overflow: 'hidden',
    width: `${width}px`,
    height: `${height}px`,
  });
  document.body.appendChild(root);
  return root;
}

export type { ReplayEvent };

/** Playback time (ms from the recording start) of an event. */
export function playbackTime(
  event: { timestamp: number },
  startTime: number,
): number {
  return event.timestamp - startTime;
}
