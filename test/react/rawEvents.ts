/**
 * Small raw rrweb recordings, as a recorder would save them: a Meta
 * event with the viewport, a FullSnapshot, then mouse moves.
 */
export function rawRecording(durationMs: number, width = 1280, height = 720) {
  const start = 1_700_000_000_000;
  const html = {
    type: 2,
    tagName: 'html',
    attributes: {},
    childNodes: [],
    id: 2,
  };
  return [
    {
      type: 4,
      timestamp: start,
      data: { href: 'https://example.test/', width, height },
    },
    {
      type: 2,
      timestamp: start,
      data: {
        node: { type: 0, id: 1, childNodes: [html] },
        initialOffset: { top: 0, left: 0 },
      },
    },
    {
      type: 3,
      timestamp: start + durationMs,
      data: { source: 1, positions: [{ x: 10, y: 10, id: 2, timeOffset: 0 }] },
    },
  ];
}
