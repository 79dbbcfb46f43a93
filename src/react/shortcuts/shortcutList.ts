import { DEFAULT_SPEEDS } from '../SpeedControl';
import { JUMP_MS, STEP_MS } from './seekBy';

/** One row of the shortcut help. */
export interface ShortcutDescription {
  /** Keys as printed on a keyboard; alternatives are separate items. */
  keys: readonly string[];
  description: string;
}

const speedList = DEFAULT_SPEEDS.map((speed) => `${speed}\u00d7`).join(', ');

/** Shortcuts anywhere in a focused player. */
export const PLAYER_SHORTCUTS: readonly ShortcutDescription[] = [
  { keys: ['Space'], description: 'Play or pause' },
  {
    keys: ['\u2190', '\u2192'],
    description: `Jump back or forward ${JUMP_MS / 1000} s \u00d7 speed`,
  },
  {
    keys: ['Shift + \u2190', 'Shift + \u2192'],
    description: `Step back or forward ${STEP_MS} ms, paused`,
  },
  {
    keys: [`1\u2013${DEFAULT_SPEEDS.length}`],
    description: `Speed: ${speedList}`,
  },
  { keys: ['F'], description: 'Full screen on or off' },
  { keys: ['?'], description: 'Show this help' },
];

/** Keys of the timeline's own controls, when they have focus. */
export const TIMELINE_SHORTCUTS: readonly ShortcutDescription[] = [
  {
    keys: ['\u2190', '\u2192'],
    description: `On the seek slider: move ${JUMP_MS / 1000} s`,
  },
  {
    keys: ['Page Up', 'Page Down'],
    description: 'On the seek slider: move a tenth of the recording',
  },
  { keys: ['Home', 'End'], description: 'On the seek slider: start or end' },
  {
    keys: ['\u2190', '\u2192'],
    description: 'On the markers: previous or next marker',
  },
  { keys: ['Escape'], description: 'Close a popover or this help' },
];
