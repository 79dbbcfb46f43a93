import { vi } from 'vitest';
import { Timeline } from '../../../src/react/Timeline';
import type { TimelineProps } from '../../../src/react/Timeline';
import { renderPlayer } from '../renderPlayer';
import { checkoutRecording } from './checkoutRecording';

/**
 * Makes every `ResizeObserver` report `width` px at once, since jsdom
 * lays nothing out. Undo with `vi.unstubAllGlobals()`.
 */
export function stubTrackWidth(width: number): void {
  class FixedWidthObserver {
    private readonly callback: ResizeObserverCallback;

    constructor(callback: ResizeObserverCallback) {
      this.callback = callback;
    }

    observe(target: Element): void {
      const entry = { target, contentRect: { width } };
      this.callback(
        [entry as unknown as ResizeObserverEntry],
        this as unknown as ResizeObserver,
      );
    }

    unobserve(): void {}

    disconnect(): void {}
  }
  vi.stubGlobal('ResizeObserver', FixedWidthObserver);
}

/** Renders a timeline over the checkout recording and a fake engine. */
export function renderTimeline(props: TimelineProps = {}) {
  return renderPlayer({
    events: checkoutRecording(),
    children: <Timeline {...props} />,
  });
}
