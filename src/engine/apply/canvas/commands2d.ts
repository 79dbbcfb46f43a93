/**
 * Allow-lists of the 2D context members a recorded command may use. Names
 * come from event data, so only these are ever called or assigned.
 */

/** Methods that change the pixels or the drawing state. */
export const CANVAS_2D_METHODS: ReadonlySet<string> = new Set([
  'arc',
  'arcTo',
  'beginPath',
  'bezierCurveTo',
  'clearRect',
  'clip',
  'closePath',
  'drawImage',
  'ellipse',
  'fill',
  'fillRect',
  'fillText',
  'lineTo',
  'moveTo',
  'putImageData',
  'quadraticCurveTo',
  'rect',
  'reset',
  'resetTransform',
  'restore',
  'rotate',
  'roundRect',
  'save',
  'scale',
  'setLineDash',
  'setTransform',
  'stroke',
  'strokeRect',
  'strokeText',
  'transform',
  'translate',
]);

/**
 * Methods the recorder logs but that change nothing on the canvas (they
 * return values the replay has no use for): skipped without a call.
 */
export const CANVAS_2D_QUERIES: ReadonlySet<string> = new Set([
  'createConicGradient',
  'createImageData',
  'createLinearGradient',
  'createPattern',
  'createRadialGradient',
  'drawFocusIfNeeded',
  'getContextAttributes',
  'getImageData',
  'getLineDash',
  'getTransform',
  'isContextLost',
  'isPointInPath',
  'isPointInStroke',
  'measureText',
]);

/** Writable drawing-state properties, all of primitive values. */
export const CANVAS_2D_SETTERS: ReadonlySet<string> = new Set([
  'direction',
  'fillStyle',
  'filter',
  'font',
  'fontKerning',
  'fontStretch',
  'fontVariantCaps',
  'globalAlpha',
  'globalCompositeOperation',
  'imageSmoothingEnabled',
  'imageSmoothingQuality',
  'lang',
  'letterSpacing',
  'lineCap',
  'lineDashOffset',
  'lineJoin',
  'lineWidth',
  'miterLimit',
  'shadowBlur',
  'shadowColor',
  'shadowOffsetX',
  'shadowOffsetY',
  'strokeStyle',
  'textAlign',
  'textBaseline',
  'textRendering',
  'wordSpacing',
]);
