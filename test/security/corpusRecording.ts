import { EventType, IncrementalSource, NodeType } from '@rrweb/types';
import type { eventWithTime, serializedNodeWithId } from '@rrweb/types';
import { PROBE_ORIGIN } from '../support/requestLog';
import {
  ATTRIBUTE_ATTACKS,
  ATTRIBUTE_TARGETS,
  CANVAS_ATTACKS,
  CSS_ATTACKS,
  ELEMENT_ATTACKS,
  PLUGIN_PAYLOADS,
} from './attacks';
import type { Shape } from './attacks';

const BODY = 4;
const START = 1_000;

/**
 * Builds one recording that carries every attack of the corpus in every
 * place a recording can hold it. These are the first and a later full
 * snapshot, mutation adds and an iframe document, attribute and text
 * changes, style sheet rules and declarations, adopted sheets, fonts,
 * canvas commands and plugin events.
 */
export function buildCorpusRecording(): {
  events: eventWithTime[];
  shapes: number;
} {
  let nextId = 10;
  const ids = () => nextId++;
  const place = (shape: Shape): serializedNodeWithId => toNode(shape, ids);

  const targets = new Map<string, number>();
  const targetNodes = Object.entries(ATTRIBUTE_TARGETS).map(([key, shape]) => {
    const node = place(shape);
    targets.set(key, node.id);
    return node;
  });
  const styleText = ids();
  const style = ids();
  const canvas = ids();
  const frame = ids();
  const fixtures: serializedNodeWithId[] = [
    {
      type: NodeType.Element,
      id: style,
      tagName: 'style',
      attributes: {},
      childNodes: [{ type: NodeType.Text, id: styleText, textContent: '' }],
    },
    {
      type: NodeType.Element,
      id: frame,
      tagName: 'iframe',
      attributes: {},
      childNodes: [],
    },
    {
      type: NodeType.Element,
      id: canvas,
      tagName: 'canvas',
      attributes: { width: '50', height: '50' },
      childNodes: [],
    },
    ...targetNodes,
  ];
  const snapshotAttacks = Object.values(ELEMENT_ATTACKS).map(place);
  const snapshot = documentNode([...fixtures, ...snapshotAttacks]);
  const events: eventWithTime[] = [
    meta(0),
    {
      type: EventType.FullSnapshot,
      timestamp: START,
      data: { node: snapshot, initialOffset: { top: 0, left: 0 } },
    },
  ];
  let time = 10;
  const incremental = (data: Record<string, unknown>) =>
    events.push({
      type: EventType.IncrementalSnapshot,
      timestamp: START + (time += 10),
      data,
    } as eventWithTime);

  incremental({
    source: IncrementalSource.Mutation,
    adds: Object.values(ELEMENT_ATTACKS).map((shape) => ({
      parentId: BODY,
      nextId: null,
      node: place(shape),
    })),
    removes: [],
    texts: [],
    attributes: [],
  });
  // A same-origin iframe's document, which rrweb records as an add.
  const frameDocument = documentNode(
    Object.values(ELEMENT_ATTACKS).map(place),
    [ids(), ids(), ids(), ids()],
  );
  incremental({
    source: IncrementalSource.Mutation,
    adds: [{ parentId: frame, nextId: null, node: frameDocument }],
    removes: [],
    texts: [],
    attributes: [],
    isAttachIframe: true,
  });
  for (const [target, name, value] of ATTRIBUTE_ATTACKS) {
    incremental({
      source: IncrementalSource.Mutation,
      adds: [],
      removes: [],
      texts: [],
      attributes: [{ id: targets.get(target), attributes: { [name]: value } }],
    });
  }
  for (const css of Object.values(CSS_ATTACKS)) {
    incremental({
      source: IncrementalSource.Mutation,
      adds: [],
      removes: [],
      texts: [{ id: styleText, value: css }],
      attributes: [],
    });
    incremental({
      source: IncrementalSource.StyleSheetRule,
      id: style,
      adds: [{ rule: css, index: 0 }],
    });
    incremental({
      source: IncrementalSource.AdoptedStyleSheet,
      id: 1,
      styles: [{ styleId: 1, rules: [{ rule: css, index: 0 }] }],
      styleIds: [1],
    });
  }
  incremental({
    source: IncrementalSource.StyleDeclaration,
    id: style,
    index: [0],
    set: {
      property: 'background',
      value: `url(${PROBE_ORIGIN}/declaration.png)`,
    },
  });
  incremental({
    source: IncrementalSource.Font,
    family: 'probe',
    fontSource: `url(${PROBE_ORIGIN}/fontface.woff)`,
    buffer: false,
  });
  incremental({
    source: IncrementalSource.CanvasMutation,
    id: canvas,
    type: 0,
    commands: CANVAS_ATTACKS,
  });
  for (const [plugin, payload] of [
    ['rrweb/console@1', PLUGIN_PAYLOADS.console],
    ['rrweb/network@1', PLUGIN_PAYLOADS.network],
  ] as const) {
    events.push({
      type: EventType.Plugin,
      timestamp: START + (time += 10),
      data: { plugin, payload },
    });
  }
  events.push({
    type: EventType.Custom,
    timestamp: START + (time += 10),
    data: { tag: `<img src=x onerror="${JS_TAG}">`, payload: { html: JS_TAG } },
  });

  // A second page load: seeks and checkpoints rebuild the attacks again.
  events.push(meta((time += 10)));
  events.push({
    type: EventType.FullSnapshot,
    timestamp: START + (time += 10),
    data: {
      node: structuredClone(snapshot),
      initialOffset: { top: 0, left: 0 },
    },
  });

  const shapes =
    Object.keys(ELEMENT_ATTACKS).length +
    ATTRIBUTE_ATTACKS.length +
    Object.keys(CSS_ATTACKS).length +
    CANVAS_ATTACKS.length +
    3;
  return { events, shapes };
}

const JS_TAG = "top.reprisePwned='ran'";

function meta(time: number): eventWithTime {
  return {
    type: EventType.Meta,
    timestamp: START + time,
    data: {
      href: `${PROBE_ORIGIN}/page?token=secret`,
      width: 800,
      height: 600,
    },
  };
}

function documentNode(
  body: serializedNodeWithId[],
  [documentId, htmlId, headId, bodyId] = [1, 2, 3, BODY],
): serializedNodeWithId {
  return {
    type: NodeType.Document,
    id: documentId!,
    childNodes: [
      {
        type: NodeType.Element,
        id: htmlId!,
        tagName: 'html',
        attributes: {},
        childNodes: [
          {
            type: NodeType.Element,
            id: headId!,
            tagName: 'head',
            attributes: {},
            childNodes: [],
          },
          {
            type: NodeType.Element,
            id: bodyId!,
            tagName: 'body',
            attributes: {},
            childNodes: body,
          },
        ],
      },
    ],
  };
}

function toNode(shape: Shape, ids: () => number): serializedNodeWithId {
  const id = ids();
  if (shape.text !== undefined)
    return { type: NodeType.Text, id, textContent: shape.text };
  if (shape.comment !== undefined)
    return { type: NodeType.Comment, id, textContent: shape.comment };
  if (shape.cdata !== undefined) {
    // rrweb's type declares CDATA text empty, but recordings can hold any.
    return { type: NodeType.CDATA, id, textContent: shape.cdata } as never;
  }
  return {
    type: NodeType.Element,
    id,
    tagName: shape.tagName ?? 'div',
    attributes: shape.attributes ?? {},
    childNodes: (shape.children ?? []).map((child) => toNode(child, ids)),
    ...(shape.isSVG ? { isSVG: true } : {}),
  };
}
