import { EventType, IncrementalSource } from '@rrweb/types';
import type { serializedNodeWithId } from '@rrweb/types';
import type { ReplayEvent } from '../../src/events/types';
import { element, page, T0, text } from '../insights/build';

export {
  click,
  element,
  mutation,
  page,
  recordingOf,
  T0,
  text,
} from '../insights/build';

export function metaAt(
  time: number,
  href: string,
  width: number,
  height = 800,
): ReplayEvent {
  return {
    type: EventType.Meta,
    data: { href, width, height },
    timestamp: T0 + time,
  };
}

export function snapshotAt(
  time: number,
  node: serializedNodeWithId,
  top = 0,
): ReplayEvent {
  return {
    type: EventType.FullSnapshot,
    data: { node, initialOffset: { top, left: 0 } },
    timestamp: T0 + time,
  };
}

export function windowScroll(time: number, y: number): ReplayEvent {
  return {
    type: EventType.IncrementalSnapshot,
    data: { source: IncrementalSource.Scroll, id: 1, x: 0, y },
    timestamp: T0 + time,
  };
}

export function moves(
  time: number,
  positions: [number, number][],
): ReplayEvent {
  return {
    type: EventType.IncrementalSnapshot,
    data: {
      source: IncrementalSource.MouseMove,
      positions: positions.map(([x, y], i) => ({
        x,
        y,
        id: 3,
        timeOffset: -10 * (positions.length - i),
      })),
    },
    timestamp: T0 + time,
  };
}

export function resize(time: number, width: number, height = 800): ReplayEvent {
  return {
    type: EventType.IncrementalSnapshot,
    data: { source: IncrementalSource.ViewportResize, width, height },
    timestamp: T0 + time,
  };
}

/**
 * body 3 > main#app 4 > (button.cta 5 "Buy", ul 6 > li 7, li 8 > a 9 "Two"),
 * then div.card.is-open 10 and p 11.
 */
export function shop(): serializedNodeWithId {
  return page([
    element(4, 'main', { id: 'app' }, [
      element(5, 'button', { class: 'cta css-1x2y3z' }, [text(12, 'Buy')]),
      element(6, 'ul', {}, [
        element(7, 'li', {}, [text(13, 'One')]),
        element(8, 'li', {}, [
          element(9, 'a', { href: '/two' }, [text(14, 'Two')]),
        ]),
      ]),
    ]),
    element(10, 'div', { class: 'card is-open', 'data-testid': 'promo' }),
    element(11, 'p', {}),
  ]);
}
