import { NodeType } from '@rrweb/types';
import type { serializedNodeWithId } from '@rrweb/types';
import { afterEach, expect, test } from 'vitest';
import { createReplayer } from '../../src/engine';
import type { Replayer } from '../../src/engine';
import { createRoot } from '../support/recordings';
import { serializeFrame } from '../support/serializeFrame';
import { basePage, element, mutation, text } from '../support/stream';
import { waitForIndex } from '../support/waitForIndex';

const replayers: Replayer[] = [];
afterEach(() => {
  for (const replayer of replayers.splice(0)) replayer.destroy();
});

/** Returns a serialized iframe document around `body`, ids from `first`. */
function frameDocument(
  first: number,
  body: serializedNodeWithId[],
): serializedNodeWithId {
  const rootId = first;
  const withRoot = (node: serializedNodeWithId): serializedNodeWithId => ({
    ...node,
    rootId,
    ...('childNodes' in node
      ? { childNodes: node.childNodes.map(withRoot) }
      : {}),
  });
  return {
    type: NodeType.Document,
    id: first,
    childNodes: [
      withRoot(
        element(first + 1, 'html', {}, [
          element(first + 2, 'head'),
          element(first + 3, 'body', {}, body),
        ]),
      ),
    ],
  };
}

const events = [
  ...basePage([element(10, 'iframe', { width: 300, height: 150 })]),
  // The recorder attaches a same-origin iframe's document by mutation.
  mutation(100, {
    adds: [
      {
        parentId: 10,
        nextId: null,
        node: frameDocument(100, [
          element(110, 'p', {}, [text(111, 'outer frame')]),
          element(112, 'iframe', {}),
        ]),
      },
    ],
  }),
  mutation(200, {
    adds: [
      {
        parentId: 112,
        nextId: null,
        node: frameDocument(200, [element(210, 'b', {}, [text(211, 'inner')])]),
      },
    ],
  }),
  mutation(300, { texts: [{ id: 111, value: 'outer changed' }] }),
  mutation(400, {
    adds: [
      {
        parentId: 203,
        nextId: null,
        node: { ...element(220, 'i', {}, [text(221, 'added')]), rootId: 200 },
      },
    ],
  }),
];

function frameText(replayer: Replayer, ...path: number[]): string {
  let doc = replayer.document;
  for (const id of path) {
    doc = (replayer.getNode(id) as HTMLIFrameElement).contentDocument!;
  }
  return doc.body?.textContent ?? '';
}

test('nested iframe documents replay', async () => {
  const replayer = createReplayer(events, {
    root: createRoot(),
    checkpoints: false,
  });
  replayers.push(replayer);

  await replayer.seek(100);
  expect(frameText(replayer, 10)).toBe('outer frame');
  await replayer.seek(200);
  expect(frameText(replayer, 10, 112)).toBe('inner');
  await replayer.seek(400);
  expect(frameText(replayer, 10)).toBe('outer changed');
  expect(frameText(replayer, 10, 112)).toBe('inneradded');
  expect(replayer.getState().diagnostics).toEqual([]);
});

test('checkpoints keep iframe documents', async () => {
  const indexed = createReplayer(events, {
    root: createRoot(),
    checkpoints: { maxEvents: 1 },
  });
  const reference = createReplayer(events, {
    root: createRoot(),
    checkpoints: false,
  });
  replayers.push(indexed, reference);
  await waitForIndex(indexed);

  for (const time of [400, 250, 100, 350]) {
    await reference.seek(0);
    await reference.seek(time);
    await indexed.seek(time);
    expect(frameText(indexed, 10)).toBe(frameText(reference, 10));
    if (time >= 200) {
      expect(frameText(indexed, 10, 112)).toBe(frameText(reference, 10, 112));
    }
    expect(serializeFrame(indexed.document)).toBe(
      serializeFrame(reference.document),
    );
  }
  // Mutations after a restore find the nodes inside the frames.
  await indexed.seek(250);
  await indexed.seek(400);
  expect(frameText(indexed, 10, 112)).toBe('inneradded');
  expect(indexed.getState().diagnostics).toEqual([]);
});
