import type { Recording } from '../../../src/events/types';
import {
  click,
  consoleLog,
  custom,
  element,
  mutation,
  network,
  page,
  recordingOf,
  start,
  text,
} from '../../insights/build';

/** Button 4 "Save" and a plain div 6 "Static" that reacts to nothing. */
const PAGE = page([
  element(4, 'button', {}, [text(5, 'Save')]),
  element(6, 'div', {}, [text(7, 'Static')]),
]);

/**
 * Builds a 10 s recording. A click at 1 s gets a response from the page. Three
 * clicks on the div at 3.0, 3.2 and 3.4 s get none: a rage click, dead clicks,
 * and error clicks through the console error at 5 s. A request fails at 6 s and
 * a custom event comes at 7 s.
 */
export function eventsRecording(): Recording {
  return recordingOf([
    ...start(PAGE),
    click(1000, 4, 100, 100),
    mutation(1100),
    click(3000, 6, 300, 200),
    click(3200, 6, 305, 202),
    click(3400, 6, 302, 199),
    consoleLog(5000, 'error', ['"Cannot save"'], ['at save (app.js:3:1)']),
    network(6000, [
      { url: 'https://api.test/save', method: 'post', status: 500 },
    ]),
    custom(7000, 'checkout', { step: 2 }),
    mutation(10_000),
  ]);
}

/**
 * Builds a recording of the page, `count` events from `make(i)` and an end at
 * `endMs`.
 */
export function generatedRecording(
  count: number,
  make: (index: number) => Recording['events'][number],
  endMs: number,
): Recording {
  const events = Array.from({ length: count }, (_, index) => make(index));
  return recordingOf([...start(PAGE), ...events, mutation(endMs)]);
}

/** Builds a recording with nothing to list: no clicks, logs or requests. */
export function quietRecording(): Recording {
  return recordingOf([...start(PAGE), mutation(5000)]);
}
