/**
 * Scripted session of the pricing page, shared by the recorder and the
 * anchoring tests. Each click names its target and where in the target's
 * box it lands, as fractions of the box's width and height.
 */

/** Viewport widths the page is recorded at, in CSS px. */
export const WIDTHS = [375, 768, 1280];

/** Viewport height of every recording, in CSS px. */
export const HEIGHT = 800;

/**
 * Clicks in order. `times` > 1 is a rapid burst (a rage click); `waitMs`
 * is a pause after the click with nothing happening, so the click on the
 * headline, which does nothing, counts as a dead click.
 */
export const CLICKS = [
  { selector: '#signup', fx: 0.25, fy: 0.5, times: 1 },
  { selector: '#signup', fx: 0.75, fy: 0.3, times: 1 },
  { selector: '#headline', fx: 0.5, fy: 0.5, times: 1, waitMs: 3000 },
  { selector: '[data-plan="team"] .choose', fx: 0.2, fy: 0.6, times: 1 },
  { selector: '.guides > .guide:nth-of-type(3)', fx: 0.5, fy: 0.5, times: 4 },
];

/** File name of the recording made at `width`. */
export function recordingName(width) {
  return `reprise-pricing-${width}`;
}
