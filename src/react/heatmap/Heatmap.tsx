import { useMemo, useState } from 'react';
import type { CSSProperties, ReactNode } from 'react';
import type { CreateReplayerOptions } from '../../engine/options';
import type { Recording, RecordingInput } from '../../events/types';
import type { UrlNormalizer } from '../../heatmap/aggregate/normalizeUrl';
import type { RenderOptions } from '../../heatmap/render/renderHeatmap';
import { selectRows } from '../../heatmap/rows/selectRows';
import type { HeatmapRow } from '../../heatmap/types';
import { classNames } from '../classNames';
import { readBackground } from './backgroundView';
import { HeatmapContext } from './HeatmapContext';
import type { HeatmapMode, HeatmapView } from './HeatmapContext';
import { MODE_NOUNS, MODE_TITLES } from './modeNames';
import { useHeatmapFrame } from './useHeatmapFrame';
import { useHeatmapHover } from './useHeatmapHover';
import { useHeatmapLayer } from './useHeatmapLayer';
import { useScrollView } from './useScrollView';
import './heatmap.css';

export interface HeatmapProps extends Pick<
  RenderOptions,
  | 'radius'
  | 'blur'
  | 'palette'
  | 'scale'
  | 'max'
  | 'opacity'
  | 'fadeIn'
  | 'cellSize'
> {
  /** Aggregated rows, from `aggregateHeatmap` or an external store. */
  rows: readonly HeatmapRow[];
  /**
   * The recording whose page is drawn behind the heatmap, in any form
   * `parseRecording` accepts. The engine rebuilds its frame at `frameTime`.
   */
  background: RecordingInput | Recording;
  /** Kind of rows drawn. @default 'click' */
  mode?: HeatmapMode | undefined;
  /** Page key of the rows to draw. @default the background's page */
  page?: string | undefined;
  /**
   * Width bucket of the rows to draw, or null for every bucket, which
   * shows sessions of all widths on the background's layout.
   * @default the background's bucket
   */
  bucket?: string | null | undefined;
  /**
   * Normalizer that made the rows' page keys, read with `background`.
   * @default origin + path
   */
  normalizeUrl?: UrlNormalizer | undefined;
  /**
   * Breakpoints that made the rows' buckets, read with `background`.
   * @default [768, 1024, 1440]
   */
  breakpoints?: readonly number[] | undefined;
  /** Playback time of the background frame, ms. @default 0 */
  frameTime?: number | undefined;
  /** Depth step the rows were aggregated with, CSS px. @default 50 */
  depthStep?: number | undefined;
  /** Further engine options for the background, such as `assets`. @default {} */
  replayerOptions?: Omit<CreateReplayerOptions, 'root'> | undefined;
  /** Extra class names for the outer element. @default none */
  className?: string | undefined;
  /** Styles for the outer element, such as a `maxWidth`. @default none */
  style?: CSSProperties | undefined;
  /** Parts that read this heatmap: `<HeatmapLegend>`, `<TopElements>`. @default none */
  children?: ReactNode;
}

/**
 * Draws aggregated rows over a page frame rebuilt by the engine. Element
 * rows land on their element's box in that frame; page rows at their
 * coordinates. The wheel and the arrow, Page, Home and End keys scroll
 * the page; hovering shows the value and the elements under the pointer.
 */
export function Heatmap(props: HeatmapProps) {
  const {
    rows,
    background,
    mode = 'click',
    frameTime = 0,
    depthStep = 50,
  } = props;
  const [root, setRoot] = useState<HTMLDivElement | null>(null);
  const [layer, setLayer] = useState<HTMLDivElement | null>(null);
  const [canvas, setCanvas] = useState<HTMLCanvasElement | null>(null);
  const [highlight, setHighlight] = useState<string | null>(null);

  const view = useMemo(
    () =>
      readBackground(
        background,
        frameTime,
        props.normalizeUrl,
        props.breakpoints,
      ),
    // The normalizer and breakpoints are read with the background.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [background, frameTime],
  );
  const page = props.page ?? view.page;
  const bucket =
    props.bucket === null ? undefined : (props.bucket ?? view.bucket);
  const shown = useMemo(
    () =>
      mode === 'scroll'
        ? selectRows(rows, { page, bucket }).filter(
            (row) => row.kind === 'scroll' || row.kind === 'fold',
          )
        : selectRows(rows, { kind: mode, page, bucket }),
    [rows, mode, page, bucket],
  );

  const { frame, error } = useHeatmapFrame(
    view.recording,
    root,
    frameTime,
    props.replayerOptions,
  );
  const scroll = useScrollView(frame, layer);
  const options = {
    radius: props.radius,
    blur: props.blur,
    palette: props.palette,
    scale: props.scale,
    max: props.max,
    opacity: props.opacity,
    fadeIn: props.fadeIn,
    cellSize: props.cellSize,
  };
  const drawn = useHeatmapLayer({
    canvas,
    frame,
    rows: shown,
    mode,
    scrollY: scroll.scrollY,
    depthStep,
    options,
  });
  const hover = useHeatmapHover({
    frame,
    mode,
    scrollY: scroll.scrollY,
    depthStep,
    ...drawn,
  });

  const context: HeatmapView = {
    mode,
    page,
    bucket: bucket ?? 'all',
    rows: shown,
    palette: props.palette ?? 'turbo',
    rendering: drawn.rendering,
    elements: drawn.placed?.elements ?? [],
    unlocated: drawn.placed?.unlocated ?? 0,
    depth: drawn.depth,
    canvas,
    highlight,
    setHighlight,
  };
  const failure = view.error ?? error;
  const total = shown.reduce(
    (sum, row) => sum + (row.kind === 'fold' ? 0 : row.count),
    0,
  );
  const widths = bucket === undefined ? 'all widths' : `${bucket} px`;
  const label = `${MODE_TITLES[mode]} of ${page || 'the page'}, ${widths}: ${total} ${MODE_NOUNS[mode]}`;
  const viewport = frame?.viewport ?? { width: 16, height: 10 };

  return (
    <HeatmapContext.Provider value={context}>
      <div
        className={classNames('reprise-heatmap', props.className)}
        style={props.style}
      >
        <div
          className="reprise-heatmap__stage"
          style={{ aspectRatio: `${viewport.width} / ${viewport.height}` }}
        >
          <div ref={setRoot} className="reprise-heatmap__root" />
          {frame && (
            <div
              ref={setLayer}
              className="reprise-heatmap__layer"
              role="group"
              aria-label={`${label}. Scroll with the arrow keys.`}
              tabIndex={0}
              style={{
                width: viewport.width,
                height: viewport.height,
                transform: `scale(${frame.scale}) translate(-50%, -50%)`,
              }}
              onKeyDown={scroll.onKeyDown}
              onPointerMove={hover.onPointerMove}
              onPointerLeave={hover.onPointerLeave}
            >
              <canvas
                ref={setCanvas}
                className="reprise-heatmap__canvas"
                role="img"
                aria-label={label}
              />
              <Highlight
                selector={highlight}
                view={context}
                scrollY={scroll.scrollY}
              />
            </div>
          )}
          {!frame && !failure && (
            <p role="status" className="reprise-heatmap__status">
              Building the page frame…
            </p>
          )}
          {failure && (
            <p role="alert" className="reprise-heatmap__status">
              The background recording cannot be shown: {failure.message}
            </p>
          )}
        </div>
        {hover.tooltip}
        {props.children}
      </div>
    </HeatmapContext.Provider>
  );
}

/** Outlines the box of the element a list item points at. */
function Highlight({
  selector,
  view,
  scrollY,
}: {
  selector: string | null;
  view: HeatmapView;
  scrollY: number;
}) {
  const element = selector
    ? view.elements.find((candidate) => candidate.selector === selector)
    : undefined;
  if (!element) return null;
  const { box } = element;
  return (
    <div
      className="reprise-heatmap__highlight"
      style={{
        left: box.left,
        top: box.top - scrollY,
        width: box.width,
        height: box.height,
      }}
    />
  );
}
