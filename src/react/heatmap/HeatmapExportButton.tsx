import { useState } from 'react';
import { exportHeatmapPng } from '../../heatmap/render/exportPng';
import { useHeatmapView } from './HeatmapContext';
import { MODE_TITLES } from './modeNames';

export interface HeatmapExportButtonProps {
  /** Name of the downloaded file. @default 'heatmap.png' */
  fileName?: string | undefined;
  /** Colour behind the heatmap in the PNG. @default transparent */
  background?: string | undefined;
  /** Receives the PNG instead of downloading it. @default download */
  onExport?: ((png: Blob) => void) | undefined;
}

/**
 * Exports the enclosing `<Heatmap>`'s layer as a PNG with a legend strip.
 * The page frame is a live document and is not part of the image.
 */
export function HeatmapExportButton(props: HeatmapExportButtonProps) {
  const view = useHeatmapView();
  const [error, setError] = useState<string | null>(null);
  const canvas = view?.canvas ?? null;

  const onClick = async () => {
    if (!view || !canvas) return;
    try {
      const png = await exportHeatmapPng(canvas, view.rendering, {
        title: `${MODE_TITLES[view.mode]}: ${view.page} (${view.bucket} px)`,
        background: props.background,
      });
      setError(null);
      if (props.onExport) props.onExport(png);
      else download(png, props.fileName ?? 'heatmap.png');
    } catch (caught) {
      setError((caught as Error).message);
    }
  };

  return (
    <>
      <button type="button" onClick={() => void onClick()} disabled={!canvas}>
        Export PNG
      </button>
      {error && <span role="alert">{error}</span>}
    </>
  );
}

function download(png: Blob, fileName: string): void {
  const url = URL.createObjectURL(png);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
