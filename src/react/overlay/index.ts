export { ClickOverlay } from './ClickOverlay';
export type { ClickOverlayProps } from './ClickOverlay';
export { toStage } from './frameGeometry';
export type { FrameGeometry } from './frameGeometry';
