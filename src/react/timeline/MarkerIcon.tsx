import type { ReactNode } from 'react';
import type { MarkerKind } from '../../insights';

/*
 * One glyph per marker kind on a 16 x 16 grid, in the current text
 * colour, so kinds differ in shape as well as in colour. They are
 * decoration: the marker buttons carry the accessible names.
 */
const GLYPHS: Readonly<Record<MarkerKind, ReactNode>> = {
  click: (
    <path
      className="reprise-marker-icon__fill"
      d="M4 1.5v12l3.1-3 2.3 4.6 1.8-.9-2.3-4.5H13Z"
    />
  ),
  'rage-click': (
    <path
      className="reprise-marker-icon__fill"
      d={
        'M8 .8l1.6 4 4.3-1.1-2.7 3.5 3.6 2.4-4.3.2.3 4.4L8 11.3l-2.8 2.9' +
        '.3-4.4-4.3-.2 3.6-2.4-2.7-3.5 4.3 1.1Z'
      }
    />
  ),
  'dead-click': (
    <>
      <circle cx="8" cy="8" r="5.5" />
      <path d="M4.1 4.1l7.8 7.8" />
    </>
  ),
  'error-click': (
    <>
      <path
        className="reprise-marker-icon__fill"
        d="M2 1.5v10l2.6-2.5 1.9 3.9 1.6-.8-1.9-3.8H10Z"
      />
      <path d="M13 2.5v6.5" />
      <circle className="reprise-marker-icon__fill" cx="13" cy="12.5" r="1.3" />
    </>
  ),
  error: (
    <>
      <path d="M8 2.5v7" />
      <circle className="reprise-marker-icon__fill" cx="8" cy="13" r="1.4" />
    </>
  ),
  'network-error': (
    <path d="M5 13.5v-11M2 5.5l3-3 3 3M11 2.5v11M8 10.5l3 3 3-3" />
  ),
  navigation: <path d="M2 8h9M7.5 4l4 4-4 4M14 3v10" />,
  custom: <path d="M4 14.5V1.5M4 2.5h8.5l-2.2 3 2.2 3H4" />,
};

export interface MarkerIconProps {
  kind: MarkerKind;
  /** Rendered width and height, in CSS px. @default 12 */
  size?: number;
}

/** Draws the glyph of a marker kind; hidden from assistive technology. */
export function MarkerIcon({ kind, size = 12 }: MarkerIconProps) {
  return (
    <svg
      className="reprise-marker-icon"
      viewBox="0 0 16 16"
      width={size}
      height={size}
      aria-hidden="true"
      focusable="false"
    >
      {GLYPHS[kind]}
    </svg>
  );
}
