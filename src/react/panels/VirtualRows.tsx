import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import type { KeyboardEvent, PointerEvent, ReactNode } from 'react';

export interface VirtualRowsProps {
  /** Accessible name of the list. */
  label: string;
  count: number;
  /** Row height in px; the exact height unless `measure` is set. */
  rowHeight: (index: number) => number;
  /** Measures rendered rows, for rows whose height changes. @default false */
  measure?: boolean;
  /** Stable key of the row at an index. */
  getKey: (index: number) => string;
  /** Renders the content of one row; its first button is the row's. */
  renderRow: (index: number) => ReactNode;
  /** Row at the playhead, or -1. */
  currentIndex: number;
  /** Whether the list scrolls to keep `currentIndex` in view. */
  follow: boolean;
  /** Called when the person scrolls the list themselves. */
  onScrollAway: () => void;
}

/** Rows drawn beyond the visible ones, for smooth scrolling. */
const OVERSCAN = 8;

const NAVIGATION_KEYS = new Set([
  'ArrowDown',
  'ArrowUp',
  'PageDown',
  'PageUp',
  'Home',
  'End',
]);

/**
 * Renders a virtualized list: only the rows in view (and `OVERSCAN` more) are
 * in the DOM, so 10,000 rows scroll smoothly. It follows the playhead while
 * `follow` is on, and wheel, touch, scrollbar or key scrolling calls
 * `onScrollAway`. ArrowUp and ArrowDown move focus between rows.
 */
export function VirtualRows(props: VirtualRowsProps) {
  const { count, currentIndex, follow, measure = false } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const focusRequest = useRef<number | null>(null);
  // No React Compiler runs on this code, and nothing memoizes the
  // virtualizer's functions: the rows are read on every render.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: props.rowHeight,
    getItemKey: props.getKey,
    overscan: OVERSCAN,
  });

  useEffect(() => {
    if (!follow || currentIndex < 0 || currentIndex >= count) return;
    virtualizer.scrollToIndex(currentIndex, { align: 'auto' });
  }, [virtualizer, follow, currentIndex, count]);

  useEffect(() => {
    const index = focusRequest.current;
    if (index === null) return;
    if (focusRow(scrollRef.current, index)) focusRequest.current = null;
  });

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (!NAVIGATION_KEYS.has(event.key)) return;
    props.onScrollAway();

    const step = { ArrowDown: 1, ArrowUp: -1 }[event.key];
    const row = (event.target as HTMLElement).closest<HTMLElement>(
      '[data-index]',
    );
    if (step === undefined || !row) return;

    const next = Number(row.dataset.index) + step;
    if (next < 0 || next >= count) return;
    event.preventDefault();
    virtualizer.scrollToIndex(next, { align: 'auto' });
    if (!focusRow(scrollRef.current, next)) focusRequest.current = next;
  };

  // A press on the list itself, not on a row, is on its scrollbar.
  const onPointerDown = (event: PointerEvent<HTMLDivElement>): void => {
    if (event.target === event.currentTarget) props.onScrollAway();
  };

  return (
    <div
      ref={scrollRef}
      role="list"
      aria-label={props.label}
      className="reprise-panel__scroll"
      onWheel={props.onScrollAway}
      onTouchMove={props.onScrollAway}
      onPointerDown={onPointerDown}
      onKeyDown={onKeyDown}
    >
      <div
        className="reprise-panel__rows"
        style={{ height: virtualizer.getTotalSize() }}
      >
        {virtualizer.getVirtualItems().map((item) => (
          <div
            key={item.key}
            ref={measure ? virtualizer.measureElement : undefined}
            role="listitem"
            aria-posinset={item.index + 1}
            aria-setsize={count}
            data-index={item.index}
            className="reprise-panel__row"
            style={{
              transform: `translateY(${item.start}px)`,
              height: measure ? undefined : item.size,
            }}
          >
            {props.renderRow(item.index)}
          </div>
        ))}
      </div>
    </div>
  );
}

/** Focuses the first button of the row at `index`, if it is rendered. */
function focusRow(list: HTMLElement | null, index: number): boolean {
  const button = list?.querySelector<HTMLElement>(
    `[data-index="${index}"] button`,
  );
  button?.focus();
  return button !== undefined && button !== null;
}
