import { describe, expect, it } from 'vitest';
import { shortcutFor } from '../../../src/react/shortcuts/playerShortcuts';
import type { ShortcutKey } from '../../../src/react/shortcuts/playerShortcuts';

function press(
  key: string,
  init: Partial<ShortcutKey> = {},
  target: Element = document.createElement('div'),
) {
  return shortcutFor({
    key,
    shiftKey: false,
    altKey: false,
    ctrlKey: false,
    metaKey: false,
    defaultPrevented: false,
    target,
    ...init,
  });
}

function inside(html: string, selector: string): Element {
  const host = document.createElement('div');
  host.innerHTML = html;
  const element = host.querySelector(selector);
  if (!element) throw new Error(`No ${selector} in ${html}`);
  return element;
}

describe('shortcutFor', () => {
  it('maps each documented key to its action', () => {
    expect(press(' ')).toEqual({ type: 'toggle-play' });
    expect(press('ArrowLeft')).toEqual({ type: 'jump', direction: -1 });
    expect(press('ArrowRight')).toEqual({ type: 'jump', direction: 1 });
    expect(press('ArrowLeft', { shiftKey: true })).toEqual({
      type: 'step',
      direction: -1,
    });
    expect(press('ArrowRight', { shiftKey: true })).toEqual({
      type: 'step',
      direction: 1,
    });
    expect(press('f')).toEqual({ type: 'fullscreen' });
    expect(press('F')).toEqual({ type: 'fullscreen' });
    expect(press('?', { shiftKey: true })).toEqual({ type: 'help' });
  });

  it('maps 1 to 7 to the speeds 0.25x to 16x', () => {
    const speeds = ['1', '2', '3', '4', '5', '6', '7'].map(
      (key) => press(key) as { speed: number },
    );
    expect(speeds.map(({ speed }) => speed)).toEqual([
      0.25, 0.5, 1, 2, 4, 8, 16,
    ]);
    expect(press('8')).toBeNull();
    expect(press('0')).toBeNull();
  });

  it('ignores keys with Ctrl, Alt or Meta', () => {
    expect(press('f', { ctrlKey: true })).toBeNull();
    expect(press('ArrowLeft', { altKey: true })).toBeNull();
    expect(press('1', { metaKey: true })).toBeNull();
  });

  it('ignores keys a component has handled', () => {
    expect(press('ArrowRight', { defaultPrevented: true })).toBeNull();
  });

  it('ignores keys from text fields and selects', () => {
    const targets = [
      inside('<input>', 'input'),
      inside('<textarea></textarea>', 'textarea'),
      inside('<select><option>1</option></select>', 'select'),
      inside('<div contenteditable="true"><b>x</b></div>', 'b'),
    ];
    for (const target of targets) {
      expect(press(' ', {}, target)).toBeNull();
      expect(press('ArrowLeft', {}, target)).toBeNull();
      expect(press('3', {}, target)).toBeNull();
    }
  });

  it('ignores keys inside tooltips, popovers and dialogs', () => {
    const item = inside('<div data-reprise-floating><button>', 'button');
    expect(press('ArrowRight', {}, item)).toBeNull();
    expect(press('?', {}, item)).toBeNull();
  });

  it('leaves Space to a focused button or switch', () => {
    const button = inside('<button>Play</button>', 'button');
    const toggle = inside('<span role="switch"></span>', 'span');
    expect(press(' ', {}, button)).toBeNull();
    expect(press(' ', {}, toggle)).toBeNull();
    expect(press('ArrowRight', {}, button)).toEqual({
      type: 'jump',
      direction: 1,
    });
    const slider = inside('<div role="slider"></div>', 'div');
    expect(press(' ', {}, slider)).toEqual({ type: 'toggle-play' });
  });

  it('ignores Shift with keys other than arrows and ?', () => {
    expect(press(' ', { shiftKey: true })).toBeNull();
    expect(press('F', { shiftKey: true })).toBeNull();
  });
});
