import {
  autoUpdate,
  flip,
  offset,
  shift,
  useDismiss,
  useFloating,
  useFocus,
  useHover,
  useInteractions,
} from '@floating-ui/react';
import { useState } from 'react';
import { topElements } from '../../heatmap/rows/topElements';
import type { ElementCount } from '../../heatmap/rows/topElements';
import type { HeatmapRow } from '../../heatmap/types';
import { classNames } from '../classNames';
import { useHeatmapView } from './HeatmapContext';
import { MODE_NOUNS } from './modeNames';

export interface TopElementsProps {
  /** Rows to rank. @default the enclosing `<Heatmap>`'s rows */
  rows?: readonly HeatmapRow[] | undefined;
  /** Most elements listed. @default 10 */
  limit?: number | undefined;
  /** Noun for what is counted. @default from the heatmap's mode, else 'clicks' */
  noun?: string | undefined;
  /** Extra class names. @default none */
  className?: string | undefined;
}

/**
 * Lists the most clicked elements with their counts and share. Each item
 * has a tooltip with the full selector and, inside a `<Heatmap>`,
 * outlines its element on the map while hovered or focused.
 */
export function TopElements(props: TopElementsProps) {
  const view = useHeatmapView();
  const rows = props.rows ?? view?.rows ?? [];
  const noun = props.noun ?? (view ? MODE_NOUNS[view.mode] : 'clicks');
  const items = topElements(rows, props.limit ?? 10);
  const heading = `Top elements by ${noun}`;
  // Scroll rows are depths, not elements.
  if (view?.mode === 'scroll' && props.rows === undefined) return null;

  if (items.length === 0) {
    return (
      <p className="reprise-heatmap-top__empty">No {noun} on elements here.</p>
    );
  }
  const top = items[0]!.count;
  return (
    <ol
      className={classNames('reprise-heatmap-top', props.className)}
      aria-label={heading}
    >
      {items.map((item) => (
        <TopElementItem key={item.selector} item={item} top={top} noun={noun} />
      ))}
    </ol>
  );
}

function TopElementItem({
  item,
  top,
  noun,
}: {
  item: ElementCount;
  top: number;
  noun: string;
}) {
  const view = useHeatmapView();
  const [open, setOpen] = useState(false);
  const { refs, floatingStyles, context } = useFloating({
    open,
    onOpenChange: (next) => {
      setOpen(next);
      view?.setHighlight(next ? item.selector : null);
    },
    placement: 'left',
    strategy: 'fixed',
    middleware: [offset(8), flip(), shift({ padding: 4 })],
    whileElementsMounted: autoUpdate,
  });
  const { getReferenceProps, getFloatingProps } = useInteractions([
    useHover(context, { delay: { open: 150, close: 0 } }),
    useFocus(context),
    useDismiss(context),
  ]);
  const { setReference, setFloating } = refs;
  const percent = `${(item.share * 100).toFixed(1)}%`;
  const onPage = view
    ? view.elements.some((element) => element.selector === item.selector)
    : true;

  return (
    <li>
      <button
        type="button"
        ref={setReference}
        className="reprise-heatmap-top__item"
        {...getReferenceProps()}
      >
        <span className="reprise-heatmap-top__selector">{item.selector}</span>
        <span>
          {item.count} ({percent})
        </span>
        <span
          className="reprise-heatmap-top__bar"
          style={{ width: `${(item.count / top) * 100}%` }}
          aria-hidden="true"
        />
      </button>
      {open && (
        <div
          ref={setFloating}
          role="tooltip"
          className="reprise-heatmap__tooltip"
          style={floatingStyles}
          {...getFloatingProps()}
        >
          <div className="reprise-heatmap__tooltip-value">{item.selector}</div>
          <div>
            {item.count} {noun}, {percent} of all {noun} here
          </div>
          {!onPage && <div>Not found in the background frame.</div>}
        </div>
      )}
    </li>
  );
}
