import type { ReactNode } from 'react';
import type { MarkerKind } from '../../insights';

/** Short names of the insight kinds, as people read them in a list. */
export const KIND_NAMES: Record<MarkerKind, string> = {
  click: 'Click',
  'rage-click': 'Rage click',
  'dead-click': 'Dead click',
  'error-click': 'Error click',
  error: 'Console error',
  'network-error': 'Failed request',
  navigation: 'Navigation',
  custom: 'Custom event',
};

/* Drawn on a 16 x 16 grid with a 1.5 px stroke in the text colour. */
const SHAPES: Record<MarkerKind, ReactNode> = {
  click: <path d="M4 2.5 12.5 8 8.7 9l2 4-1.6.8-2-4L4 12.5Z" />,
  'rage-click': (
    <path d="m8 1.5 1.4 3.6 3.8-1-2.3 3.2 3.3 2-3.9.4.3 3.8L8 11l-2.6 2.5.3-3.8-3.9-.4 3.3-2-2.3-3.2 3.8 1Z" />
  ),
  'dead-click': (
    <>
      <circle cx="8" cy="8" r="5.5" />
      <path d="m4.2 11.8 7.6-7.6" />
    </>
  ),
  'error-click': <path d="M8 2 14.5 13.5h-13ZM8 6.5v3M8 11.2v.3" />,
  error: (
    <>
      <circle cx="8" cy="8" r="5.5" />
      <path d="M8 5v3.5M8 10.7v.3" />
    </>
  ),
  'network-error': (
    <path d="M5 13V3M2.5 5.5 5 3l2.5 2.5M11 3v10M8.5 10.5 11 13l2.5-2.5" />
  ),
  navigation: <path d="M2.5 8h10M9 4.5 12.5 8 9 11.5" />,
  custom: <path d="M4 14V2.5h8l-2 3 2 3H4" />,
};

/**
 * Draws the icon of an insight kind. It is decoration, because the row names
 * the kind.
 */
export function KindIcon({ kind }: { kind: MarkerKind }) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 16 16"
      width="16"
      height="16"
      className={`reprise-kind-icon reprise-kind-icon--${kind}`}
    >
      {SHAPES[kind]}
    </svg>
  );
}
