import { EventType, IncrementalSource, NodeType } from '@rrweb/types';
import type { serializedNodeWithId } from '@rrweb/types';
import { adaptCssForReplay, createCache } from 'rrweb-snapshot';
import { expect, test, vi } from 'vitest';
import { parseRecording } from '../../src/events';
import { createStyleCache } from '../../src/engine/styleCache';
import { fetchRecording, recordingNames } from '../support/recordings';

/** Adds every stylesheet text of a serialized tree to `texts`. */
function collectCss(node: serializedNodeWithId, texts: Set<string>): void {
  if (node.type === NodeType.Element) {
    const css = node.attributes._cssText;
    if (typeof css === 'string') texts.add(css);
    for (const child of node.childNodes) {
      if (node.tagName === 'style' && child.type === NodeType.Text) {
        texts.add(child.textContent);
      }
      collectCss(child, texts);
    }
  } else if (node.type === NodeType.Document) {
    for (const child of node.childNodes) collectCss(child, texts);
  }
}

test('style cache skips only rewrites that change nothing', async () => {
  const texts = new Set<string>();
  for (const name of recordingNames) {
    const { events } = parseRecording(await fetchRecording(name));
    for (const event of events) {
      if (event.type === EventType.FullSnapshot) {
        collectCss(event.data.node, texts);
      } else if (
        event.type === EventType.IncrementalSnapshot &&
        event.data.source === IncrementalSource.Mutation
      ) {
        for (const add of event.data.adds) collectCss(add.node, texts);
      }
    }
  }
  expect(texts.size).toBeGreaterThan(10);
  // rrweb-snapshot warns about each sheet PostCSS cannot parse.
  vi.spyOn(console, 'warn').mockImplementation(() => {});

  let skipped = 0;
  for (const text of texts) {
    const cache = createStyleCache();
    if (cache.stylesWithHoverClass.get(text) === text) skipped += 1;
    const expected = adaptCssForReplay(text, createCache());
    expect(adaptCssForReplay(text, cache), text.slice(0, 80)).toBe(expected);
  }
  expect(skipped).toBeGreaterThan(0);
  vi.restoreAllMocks();
});

test('style cache rewrites hover and device media', () => {
  const cases = [
    'a:hover { color: red; }',
    '@media (max-device-width: 600px) { a { color: red; } }',
    '\uFEFFa { color: red; }',
  ];
  for (const css of cases) {
    const cache = createStyleCache();
    expect(cache.stylesWithHoverClass.get(css), css).toBeUndefined();
    expect(adaptCssForReplay(css, cache)).toBe(
      adaptCssForReplay(css, createCache()),
    );
  }
  expect(adaptCssForReplay(cases[0]!, createStyleCache())).toContain(
    '.\\:hover',
  );
});
