import { DEFAULT_SPEEDS } from '../SpeedControl';

/** Action of a keyboard shortcut. */
export type ShortcutAction =
  | { type: 'toggle-play' }
  | { type: 'jump'; direction: -1 | 1 }
  | { type: 'step'; direction: -1 | 1 }
  | { type: 'speed'; speed: number }
  | { type: 'fullscreen' }
  | { type: 'help' };

/** The parts of a keyboard event that decide on a shortcut. */
export interface ShortcutKey {
  key: string;
  shiftKey: boolean;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  defaultPrevented: boolean;
  target: EventTarget | null;
}

/** Elements whose own keys come first: text entry and lists. */
const TEXT_ENTRY = 'input, select, textarea, [contenteditable]';
/** Tooltips, popovers and dialogs, whose keys are their own. */
const FLOATING = '[data-reprise-floating]';
/** Controls that Space activates. */
const ACTIVATABLE =
  'button, a[href], summary, [role="button"], [role="switch"], ' +
  '[role="checkbox"], [role="menuitem"], [role="option"], [role="tab"]';

/**
 * Returns the shortcut a key press stands for, or null when it stands
 * for none or belongs to the element that has focus: text fields,
 * selects, floating elements, a control's own Space, and any key a
 * component has handled (`defaultPrevented`). Keys with Ctrl, Alt or
 * Meta are left to the browser.
 */
export function shortcutFor(event: ShortcutKey): ShortcutAction | null {
  if (event.defaultPrevented) return null;
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  const target = event.target instanceof Element ? event.target : null;
  if (target?.closest(`${TEXT_ENTRY}, ${FLOATING}`)) return null;

  const { key, shiftKey } = event;
  if (key === '?') return { type: 'help' };
  if (key === 'ArrowLeft' || key === 'ArrowRight') {
    const direction = key === 'ArrowLeft' ? -1 : 1;
    return { type: shiftKey ? 'step' : 'jump', direction };
  }
  if (shiftKey) return null;

  if (key === ' ' && !target?.closest(ACTIVATABLE)) {
    return { type: 'toggle-play' };
  }
  if (key === 'f' || key === 'F') return { type: 'fullscreen' };
  const speed = /^[1-9]$/.test(key)
    ? DEFAULT_SPEEDS[Number(key) - 1]
    : undefined;
  return speed === undefined ? null : { type: 'speed', speed };
}
