import { EventType } from '@rrweb/types';
import type { serializedNodeWithId } from '@rrweb/types';
import { afterEach, expect, test } from 'vitest';
import { createReplayer } from '../../src/engine';
import type { Replayer } from '../../src/engine';
import { parseRecording } from '../../src/events';
import { createRoot, fetchRecording } from '../support/recordings';

let replayer: Replayer | undefined;
afterEach(() => replayer?.destroy());

// github-com-2018 contains three page loads, each a Meta and a FullSnapshot.
test('each full snapshot shows its page', async () => {
  const recording = parseRecording(await fetchRecording('github-com-2018'));
  replayer = createReplayer(recording, { root: createRoot() });
  const { events, startTime } = recording;

  const pages = events.flatMap((event, index) => {
    if (event.type !== EventType.FullSnapshot) return [];
    const meta = events
      .slice(0, index)
      .findLast((candidate) => candidate.type === EventType.Meta);
    return [
      {
        time: event.timestamp - startTime,
        href: meta?.type === EventType.Meta ? meta.data.href : '',
        title: findTitle(event.data.node),
      },
    ];
  });
  expect(pages.length).toBe(3);
  expect(new Set(pages.map((page) => page.title)).size).toBe(3);

  // Forwards through every page, then backwards.
  for (const page of [...pages, ...[...pages].reverse()]) {
    await replayer.seek(page.time + 50);
    expect(replayer.document.title).toBe(page.title);
    expect(replayer.getState().href).toBe(page.href);
  }
});

function findTitle(node: serializedNodeWithId): string | undefined {
  if (node.type === 2 && node.tagName === 'title') {
    const text = node.childNodes[0];
    return text?.type === 3 ? text.textContent : '';
  }
  if (node.type !== 0 && node.type !== 2) return undefined;
  for (const child of node.childNodes) {
    const title = findTitle(child);
    if (title !== undefined) return title;
  }
  return undefined;
}
