import { pageBox } from '../aggregate/ElementBox';
import type { ElementBox } from '../aggregate/ElementBox';
import type { HeatmapRow } from '../types';

/** Finds an element's box in the background frame, page coordinates. */
export type LocateElement = (selector: string) => ElementBox | undefined;

/** An element with the points placed on it, for hover read-outs. */
export interface PlacedElement {
  selector: string;
  box: ElementBox;
  count: number;
}

/** Rows turned into points of the background frame. */
export interface PlacedRows {
  xs: Float32Array;
  ys: Float32Array;
  weights: Float32Array;
  elements: PlacedElement[];
  /** Counts of rows whose selector matched nothing in the frame. */
  unlocated: number;
}

/**
 * Places rows in page coordinates of the frame: an element-anchored row
 * lands at its relative position inside that element's box, a page row
 * at its coordinates. Each selector is looked up once.
 */
export function placeRows(
  rows: readonly HeatmapRow[],
  locate: LocateElement,
): PlacedRows {
  const xs = new Float32Array(rows.length);
  const ys = new Float32Array(rows.length);
  const weights = new Float32Array(rows.length);
  const boxes = new Map<string, ElementBox | undefined>();
  const elements = new Map<string, PlacedElement>();
  let placed = 0;
  let unlocated = 0;

  for (const row of rows) {
    let x = row.x;
    let y = row.y;
    if (row.selector !== '') {
      if (!boxes.has(row.selector))
        boxes.set(row.selector, locate(row.selector));
      const box = boxes.get(row.selector);
      if (!box) {
        unlocated += row.count;
        continue;
      }
      x = box.left + row.x * box.width;
      y = box.top + row.y * box.height;
      const element = elements.get(row.selector) ?? {
        selector: row.selector,
        box,
        count: 0,
      };
      element.count += row.count;
      elements.set(row.selector, element);
    }
    xs[placed] = x;
    ys[placed] = y;
    weights[placed] = row.count;
    placed += 1;
  }
  return {
    xs: xs.subarray(0, placed),
    ys: ys.subarray(0, placed),
    weights: weights.subarray(0, placed),
    elements: [...elements.values()].sort((a, b) => b.count - a.count),
    unlocated,
  };
}

/**
 * Returns a locator over a replayed document: `querySelector`, then the
 * border box plus the document's scroll, in page coordinates. Invalid
 * selectors and hidden elements locate nothing.
 */
export function locateInDocument(doc: Document): LocateElement {
  return (selector) => {
    let element: Element | null;
    try {
      element = doc.querySelector(selector);
    } catch {
      return undefined;
    }
    return element ? pageBox(element) : undefined;
  };
}

/** Returns the placed elements whose box contains the point, busiest first. */
export function elementsAt(
  elements: readonly PlacedElement[],
  x: number,
  y: number,
) {
  return elements.filter(
    ({ box }) =>
      x >= box.left &&
      x <= box.left + box.width &&
      y >= box.top &&
      y <= box.top + box.height,
  );
}
