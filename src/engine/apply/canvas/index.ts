export { applyCanvasMutation } from './applyCanvasMutation';
export type { CanvasApplyContext } from './applyCanvasMutation';
export { CanvasImageCache } from './CanvasImageCache';
export { CanvasReplayState } from './CanvasReplayState';
export { captureCanvasPixels, restoreCanvasPixels } from './canvasPixels';
export type { CanvasCopy } from './canvasPixels';
export {
  collectCanvasImages,
  createCanvasImageCache,
  preloadCanvasImages,
} from './preloadCanvasImages';
export { paintCanvasImages, withoutCanvasImages } from './snapshotCanvases';
export { presentCanvases } from './presentCanvases';
