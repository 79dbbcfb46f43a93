import { describe, expect, it } from 'vitest';
import { parseRecording } from '../../../src/events/parseRecording';
import {
  NEUTRALIZED_TAG,
  sanitizeRecording,
} from '../../../src/engine/sanitize';
import { basePage, element, mutation, PAGE, text } from '../../support/stream';

const JS = 'javascript:alert(1)';

function hostile() {
  return [
    ...basePage([
      element(10, 'a', { href: JS, onclick: 'x()' }, [text(11, 'link')]),
      element(12, 'script', {}, [text(13, 'alert(1)')]),
      element(14, 'meta', { 'http-equiv': 'refresh', content: `0;url=${JS}` }),
      element(15, 'img', { src: 'https://x.test/a.png', srcset: 'b.png 2x' }),
      element(16, 'p', {}, [text(17, 'plain')]),
    ]),
    mutation(100, {
      attributes: [{ id: 16, attributes: { onmouseover: 'x()', title: 't' } }],
    }),
  ];
}

describe('sanitizeRecording', () => {
  it('neutralizes active content in snapshots', () => {
    const { events } = sanitizeRecording(parseRecording(hostile()));
    const json = JSON.stringify(events[1]);

    expect(json).not.toContain('javascript:');
    expect(json).not.toContain('onclick');
    expect(json).not.toContain('http-equiv');
    expect(json).not.toContain('x.test');
    expect(json).toContain(NEUTRALIZED_TAG);
    expect(json).toContain('"plain"');
  });

  it('drops handlers from attribute changes', () => {
    const { events } = sanitizeRecording(parseRecording(hostile()));
    expect(events[2]?.data).toMatchObject({
      attributes: [{ id: 16, attributes: { title: 't' } }],
    });
    expect(JSON.stringify(events[2])).not.toContain('onmouseover');
  });

  it('leaves the input untouched', () => {
    const input = hostile();
    const before = JSON.stringify(input);
    sanitizeRecording(parseRecording(input));
    expect(JSON.stringify(input)).toBe(before);
  });

  it('shares events that need no change', () => {
    const recording = parseRecording([
      ...basePage([element(10, 'p', {}, [text(11, 'safe')])]),
      mutation(100, { texts: [{ id: 11, value: 'still safe' }] }),
    ]);
    const sanitized = sanitizeRecording(recording, { maskAllInputs: false });
    expect(sanitized.events[0]).toBe(recording.events[0]);
    expect(sanitized.events[1]).toBe(recording.events[1]);
    expect(sanitized.events[2]).toBe(recording.events[2]);
  });

  it('reports what it changed', () => {
    const { diagnostics } = sanitizeRecording(parseRecording(hostile()));
    const codes = diagnostics.map(({ code }) => code);
    expect(codes).toContain('unsafe-content');
    expect(codes).toContain('asset-blocked');
  });

  it('keeps original assets under the original policy', () => {
    const { events } = sanitizeRecording(parseRecording(hostile()), {
      assets: 'original',
    });
    expect(JSON.stringify(events[1])).toContain('https://x.test/a.png');
    expect(JSON.stringify(events[1])).not.toContain('javascript:');
  });

  it('adds nodes under the body safely', () => {
    const events = [
      ...basePage(),
      mutation(100, {
        adds: [
          {
            parentId: PAGE.body,
            nextId: null,
            node: element(20, 'iframe', { srcdoc: '<script>x()</script>' }),
          },
        ],
      }),
    ];
    const sanitized = sanitizeRecording(parseRecording(events));
    expect(JSON.stringify(sanitized.events[2])).not.toContain('srcdoc');
  });
});
