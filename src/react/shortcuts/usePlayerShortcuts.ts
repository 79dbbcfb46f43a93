import type { KeyboardEvent } from 'react';
import type { ReplayStore } from '../../store/createReplayStore';
import { selectIsReady } from '../../store/selectors';
import type { ShortcutAction } from './playerShortcuts';
import type { Fullscreen } from './useFullscreen';
import { shortcutFor } from './playerShortcuts';
import { JUMP_MS, seekBy, STEP_MS, stepBy } from './seekBy';

export interface ShortcutHandlers {
  store: ReplayStore;
  /** Full screen of the player region. */
  fullscreen: Fullscreen;
  /** Opens or closes the shortcut help. */
  toggleHelp: () => void;
}

/**
 * Returns a keydown handler for the player region. Listening on the
 * region rather than the document scopes the shortcuts to the player
 * that has focus, so two players on a page never both react. Keys that
 * run a shortcut have their default action (such as scrolling) cancelled.
 */
export function usePlayerShortcuts(
  handlers: ShortcutHandlers,
): (event: KeyboardEvent<HTMLElement>) => void {
  return (event) => {
    const action = shortcutFor(event);
    if (!action || !run(action, handlers)) return;
    event.preventDefault();
  };
}

/** Runs `action`; returns false when the player cannot run it yet. */
function run(action: ShortcutAction, handlers: ShortcutHandlers): boolean {
  const { store } = handlers;
  const state = store.getState();
  if (action.type === 'help') {
    handlers.toggleHelp();
    return true;
  }
  if (action.type === 'fullscreen') {
    if (!handlers.fullscreen.supported) return false;
    handlers.fullscreen.toggle();
    return true;
  }
  if (!selectIsReady(state)) return false;

  switch (action.type) {
    case 'toggle-play':
      state.togglePlay();
      break;
    case 'jump':
      seekBy(store, action.direction * JUMP_MS * state.speed);
      break;
    case 'step':
      stepBy(store, action.direction * STEP_MS);
      break;
    case 'speed':
      state.setSpeed(action.speed);
      break;
  }
  return true;
}
