import { EventType, IncrementalSource, NodeType } from '@rrweb/types';
import type {
  addedNodeMutation,
  eventWithTime,
  incrementalData,
  serializedNodeWithId,
} from '@rrweb/types';

/** Node ids of the page that `basePage` builds. */
export const PAGE = { document: 1, html: 2, head: 3, body: 4 } as const;

export function element(
  id: number,
  tagName: string,
  attributes: Record<string, string | number | true> = {},
  childNodes: serializedNodeWithId[] = [],
): serializedNodeWithId {
  return { type: NodeType.Element, id, tagName, attributes, childNodes };
}

export function text(id: number, textContent: string): serializedNodeWithId {
  return { type: NodeType.Text, id, textContent };
}

/**
 * Returns a Meta and a FullSnapshot at time 0 of a page whose body
 * contains `bodyChildren`. Node ids 1-4 are the document, html, head and
 * body.
 */
export function basePage(
  bodyChildren: serializedNodeWithId[] = [],
  { width = 800, height = 600, href = 'https://example.test/page' } = {},
): eventWithTime[] {
  const node: serializedNodeWithId = {
    type: NodeType.Document,
    id: PAGE.document,
    childNodes: [
      element(PAGE.html, 'html', {}, [
        element(PAGE.head, 'head'),
        element(PAGE.body, 'body', {}, bodyChildren),
      ]),
    ],
  };
  return [
    { type: EventType.Meta, timestamp: 1000, data: { href, width, height } },
    {
      type: EventType.FullSnapshot,
      timestamp: 1000,
      data: { node, initialOffset: { top: 0, left: 0 } },
    },
  ];
}

/** Returns an IncrementalSnapshot `time` ms after the page's snapshot. */
export function incremental(
  time: number,
  data: incrementalData,
): eventWithTime {
  return { type: EventType.IncrementalSnapshot, timestamp: 1000 + time, data };
}

export function mutation(
  time: number,
  changes: {
    adds?: addedNodeMutation[];
    removes?: { parentId: number; id: number }[];
    texts?: { id: number; value: string | null }[];
    attributes?: { id: number; attributes: Record<string, unknown> }[];
  },
): eventWithTime {
  return incremental(time, {
    source: IncrementalSource.Mutation,
    adds: changes.adds ?? [],
    removes: changes.removes ?? [],
    texts: changes.texts ?? [],
    attributes: (changes.attributes ?? []) as never,
  });
}

/**
 * Returns a clean page, a text change at 100 ms, then a mutation at 60 s
 * that adds a script URL link and an `onclick` handler.
 */
export function lateAttack(): eventWithTime[] {
  return [
    ...basePage([element(10, 'p', {}, [text(11, 'plain')])]),
    mutation(100, { texts: [{ id: 11, value: 'still plain' }] }),
    mutation(60_000, {
      adds: [
        {
          parentId: PAGE.body,
          nextId: null,
          node: element(12, 'a', { href: 'javascript:alert(1)' }, [
            text(13, 'link'),
          ]),
        },
      ],
      attributes: [{ id: 10, attributes: { onclick: 'alert(2)' } }],
    }),
  ];
}
