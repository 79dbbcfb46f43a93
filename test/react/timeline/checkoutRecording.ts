import type { Recording } from '../../../src/events/types';
import {
  click,
  consoleLog,
  custom,
  element,
  mouseMove,
  mutation,
  page,
  recordingOf,
  start,
  text,
} from '../../insights/build';

/** Playback times, in ms, of what `checkoutRecording` contains. */
export const CHECKOUT = {
  duration: 100_000,
  /** A click on "Pay" that changes the page. */
  click: 10_000,
  /** An app event tagged `checkout`. */
  custom: 30_000,
  /** Four clicks 200 ms apart on "Pay": a rage click. */
  rage: [50_000, 50_200, 50_400, 50_600],
  /** A click on "Pay" followed by the error: an error click. */
  errorClick: 79_500,
  /** A `console.error('Payment failed')`. */
  error: 80_000,
  /** A click on "Help" that changes nothing: a dead click. */
  deadClick: 90_000,
} as const;

/**
 * Insight ids in `checkoutRecording`: `<kind>-<event index>`, where the
 * index counts from the Meta (0) and FullSnapshot (1) events.
 */
export const CHECKOUT_IDS = {
  click: 'click-2',
  custom: 'custom-4',
  rage: 'rage-click-5',
  errorClick: 'error-click-10',
  error: 'console-12',
  deadClick: 'dead-click-13',
} as const;

/**
 * Builds a 100 s checkout session on a page with a button "Pay" (node 4)
 * and a link "Help" (node 6).
 */
export function checkoutRecording(): Recording {
  const pay = element(4, 'button', {}, [text(5, 'Pay')]);
  const help = element(6, 'a', { href: '#help' }, [text(7, 'Help')]);

  return recordingOf([
    ...start(page([pay, help])),
    click(CHECKOUT.click, 4),
    mutation(CHECKOUT.click + 100),
    custom(CHECKOUT.custom, 'checkout', { step: 2 }),
    ...CHECKOUT.rage.map((time) => click(time, 4)),
    mutation(CHECKOUT.rage[3] + 100),
    click(CHECKOUT.errorClick, 4),
    mutation(CHECKOUT.errorClick + 100),
    consoleLog(CHECKOUT.error, 'error', ['"Payment failed"']),
    click(CHECKOUT.deadClick, 6),
    mouseMove(CHECKOUT.duration),
  ]);
}
