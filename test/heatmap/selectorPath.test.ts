import { describe, expect, it } from 'vitest';
import { NodeIndex } from '../../src/insights/NodeIndex';
import {
  escapeIdentifier,
  selectorPath,
} from '../../src/heatmap/aggregate/selectorPath';
import { element, page, text } from './streams';

function indexOf(children: Parameters<typeof page>[0]) {
  const index = new NodeIndex();
  index.reset(page(children));
  return index;
}

describe('selectorPath', () => {
  it('skips generated ids and classes and state classes', () => {
    const index = indexOf([
      element(
        4,
        'div',
        { id: 'radix-:r3:', class: 'panel is-open css-9f8e7d active' },
        [element(5, 'span', { id: 'ember1234' }, [text(6, 'x')])],
      ),
    ]);

    expect(selectorPath(index, 5)).toBe('body > div.panel > span');
    expect(selectorPath(index, 6)).toBe('body > div.panel > span');
  });

  it('counts only siblings of the same tag', () => {
    const index = indexOf([
      element(4, 'p'),
      element(5, 'div'),
      element(6, 'p'),
      element(7, 'div'),
    ]);

    expect(selectorPath(index, 6)).toBe('body > p:nth-of-type(2)');
    expect(selectorPath(index, 5)).toBe('body > div:nth-of-type(1)');
  });

  it('escapes names that CSS cannot take as they are', () => {
    const index = indexOf([
      element(4, 'b', { id: 'a.b', 'data-testid': 'x' }),
      element(5, 'i', { 'data-cy': 'say "hi"' }),
    ]);

    // An id outside plain name characters is not trusted as stable.
    expect(selectorPath(index, 4)).toBe('[data-testid="x"]');
    expect(selectorPath(index, 5)).toBe('[data-cy="say \\"hi\\""]');
    expect(escapeIdentifier('1st')).toBe('\\31 st');
    expect(escapeIdentifier('a.b')).toBe('a\\.b');
  });

  it('returns undefined for unknown and non-element nodes', () => {
    const index = indexOf([]);
    expect(selectorPath(index, 99)).toBeUndefined();
    expect(selectorPath(index, 1)).toBeUndefined();
  });
});

describe('selectorPath with repeated names', () => {
  it('keeps a repeated test id in its step and goes on up', () => {
    const index = indexOf([
      element(4, 'nav', { id: 'tabs' }, [
        element(5, 'div', { 'data-testid': 'chip' }, [text(7, 'Inbox')]),
        element(6, 'div', { 'data-testid': 'chip' }, [text(8, 'Urgent')]),
      ]),
    ]);

    expect(selectorPath(index, 8)).toBe(
      '#tabs > div[data-testid="chip"]:nth-of-type(2)',
    );
  });

  it('does not trust an id that two elements share', () => {
    const index = indexOf([
      element(4, 'p', { id: 'x' }),
      element(5, 'p', { id: 'x' }),
    ]);

    expect(selectorPath(index, 5)).toBe('body > p#x:nth-of-type(2)');
  });
});
