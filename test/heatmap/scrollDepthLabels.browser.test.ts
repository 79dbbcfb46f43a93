import { describe, expect, test } from 'vitest';
import { renderScrollDepth } from '../../src/heatmap/render/renderScrollDepth';
import type { ScrollDepth } from '../../src/heatmap/rows/scrollDepth';

interface Drawn {
  text: string;
  /** Top and bottom of the label's box, CSS px of the drawn area. */
  top: number;
  bottom: number;
  /** Font size, CSS px of the drawn area. */
  fontPx: number;
}

/**
 * Renders and records each label: the box drawn just before its text.
 * The context is the canvas's own, so the renderer draws through it.
 */
function renderLabels(
  depth: ScrollDepth,
  size: { width: number; height: number },
  options: Parameters<typeof renderScrollDepth>[3],
): Drawn[] {
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d')!;
  const drawn: Drawn[] = [];
  let box = { top: 0, bottom: 0 };
  const fillRect = context.fillRect.bind(context);
  const fillText = context.fillText.bind(context);
  context.fillRect = (x, y, width, height) => {
    box = { top: y, bottom: y + height };
    fillRect(x, y, width, height);
  };
  context.fillText = (text, x, y) => {
    drawn.push({
      text,
      ...box,
      fontPx: Number.parseFloat(/([\d.]+)px/.exec(context.font)![1]!),
    });
    fillText(text, x, y);
  };
  renderScrollDepth(canvas, depth, size, options);
  return drawn;
}

/** Two sessions: both reach 500 px, one of them 1000 px. */
const DEPTH: ScrollDepth = {
  sessions: 2,
  shares: Array.from({ length: 21 }, (_, i) => ({
    depth: i * 50,
    share: i * 50 <= 500 ? 1 : 0.5,
  })),
  averageFold: 1000,
};

describe('scroll-depth labels', () => {
  test('stay whole inside the view at its top and bottom edges', () => {
    // The 50 % line is at 550 px, so it is on the top edge at scrollY 550.
    // The fold is at 1000 px, so it is on the bottom edge at scrollY 600.
    for (const scrollY of [550, 600]) {
      const labels = renderLabels(
        DEPTH,
        { width: 600, height: 400 },
        { scrollY },
      );
      expect(labels.length).toBeGreaterThan(0);
      for (const label of labels) {
        expect(label.top).toBeGreaterThanOrEqual(0);
        expect(label.bottom).toBeLessThanOrEqual(400);
      }
    }
  });

  test('are drawn at 12 screen px on a frame scaled down', () => {
    // A 1920 px frame shown 320 px wide: one frame px is 1/6 screen px.
    const labels = renderLabels(
      DEPTH,
      { width: 1920, height: 1080 },
      { displayScale: 1 / 6 },
    );
    const fold = labels.find((label) => label.text.startsWith('Average fold'));

    expect(fold).toBeDefined();
    expect(fold!.fontPx / 6).toBeGreaterThanOrEqual(11);
    expect(fold!.bottom - fold!.top).toBeGreaterThan(fold!.fontPx);
    expect(fold!.bottom).toBeLessThanOrEqual(1080);
  });
});
