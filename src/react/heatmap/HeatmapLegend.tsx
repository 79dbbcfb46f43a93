import { legendGradient, legendStops } from '../../heatmap/render/legend';
import type { PaletteName } from '../../heatmap/render/palettes';
import type { ValueScale } from '../../heatmap/render/scales';
import { classNames } from '../classNames';
import { useHeatmapView } from './HeatmapContext';
import { MODE_NOUNS } from './modeNames';

export interface HeatmapLegendProps {
  /** Scale to describe. @default the enclosing `<Heatmap>`'s */
  scale?: ValueScale | undefined;
  /** Palette shown. @default the enclosing `<Heatmap>`'s, else 'turbo' */
  palette?: PaletteName | undefined;
  /**
   * Factor from density to the unit shown, points per square of twice
   * the radius counted without blur (see `HeatmapRendering.unit`).
   * @default the enclosing `<Heatmap>`'s
   */
  unit?: number | undefined;
  /** Tick labels under the bar, at least 2. @default 5 */
  ticks?: number | undefined;
  /** Extra class names. @default none */
  className?: string | undefined;
}

/**
 * Shows the colour bar of a heatmap with the values its ticks stand for:
 * points per square of twice the radius, or for the scroll-depth map the
 * share of sessions. Inside a `<Heatmap>` it follows that heatmap.
 */
export function HeatmapLegend(props: HeatmapLegendProps) {
  const view = useHeatmapView();
  const rendering = view?.rendering ?? null;
  const palette = props.palette ?? view?.palette ?? 'turbo';
  const ticks = props.ticks ?? 5;

  if (view?.mode === 'scroll') {
    const labels = Array.from(
      { length: Math.max(2, ticks) },
      (_, i) => `${Math.round((i / (Math.max(2, ticks) - 1)) * 100)}%`,
    );
    return (
      <Bar
        palette={palette}
        title="Sessions that reached the depth"
        labels={labels}
        className={props.className}
      />
    );
  }
  const scale = props.scale ?? rendering?.scale;
  if (!scale) return null;
  const unit = props.unit ?? rendering?.unit ?? 1;
  const noun = view ? MODE_NOUNS[view.mode] : 'points';
  const side = rendering ? `${rendering.radius * 2} px` : 'kernel';
  const labels = legendStops(scale, palette, ticks).map((stop) =>
    formatCount(stop.value * unit),
  );
  const title = `${noun} per ${side} square (${scale.kind} scale)`;
  const notes = rendering
    ? [
        offscreenNote(rendering.above, noun, 'above'),
        offscreenNote(rendering.below, noun, 'below'),
      ].filter((note) => note !== '')
    : [];
  return (
    <Bar
      palette={palette}
      title={title}
      labels={labels}
      notes={notes}
      className={props.className}
    />
  );
}

/** Says how many points lie off the view, and where to scroll. */
function offscreenNote(
  count: number,
  noun: string,
  side: 'above' | 'below',
): string {
  if (count <= 0) return '';
  return `${Math.round(count)} ${noun} ${side} the visible area: scroll to see them`;
}

function Bar(props: {
  palette: PaletteName;
  title: string;
  labels: string[];
  notes?: string[];
  className: string | undefined;
}) {
  return (
    <figure
      className={classNames('reprise-heatmap-legend', props.className)}
      aria-label={`Legend: ${props.title}`}
    >
      <span>Low</span>
      <div
        className="reprise-heatmap-legend__bar"
        style={{ background: legendGradient(props.palette) }}
      />
      <span>High</span>
      <figcaption className="reprise-heatmap-legend__ticks">
        {props.labels.map((label, index) => (
          <span key={index}>{label}</span>
        ))}
      </figcaption>
      <span className="reprise-heatmap-legend__title">{props.title}</span>
      {props.notes?.map((note) => (
        <span key={note} className="reprise-heatmap-legend__note">
          {note}
        </span>
      ))}
    </figure>
  );
}

function formatCount(value: number): string {
  if (value >= 100) return String(Math.round(value));
  if (value >= 1) return value.toFixed(1);
  return value.toPrecision(2);
}
