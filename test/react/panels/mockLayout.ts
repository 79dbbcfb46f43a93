import { act } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';

/** Height of a panel's scroll area and of one row in the mock, in px. */
export const LIST_HEIGHT = 300;
export const ROW_HEIGHT = 30;

/**
 * jsdom lays nothing out, so the virtualizer would see a list 0 px high. This
 * gives panel lists a height and a scroll height (that of their rows), gives
 * rows a measured height, and makes `scrollTo` move the list and fire `scroll`
 * as a browser would. It is installed before each test of the calling file and
 * removed after.
 */
export function mockListLayout(): void {
  const restore: (() => void)[] = [];

  beforeEach(() => {
    const proto = HTMLElement.prototype;
    restore.push(
      override(proto, 'clientHeight', function (this: HTMLElement) {
        return isList(this) ? LIST_HEIGHT : 0;
      }),
      override(proto, 'clientWidth', function (this: HTMLElement) {
        return isList(this) ? 600 : 0;
      }),
      override(proto, 'scrollHeight', function (this: HTMLElement) {
        const rows = this.firstElementChild as HTMLElement | null;
        return isList(this) ? parseFloat(rows?.style.height ?? '') || 0 : 0;
      }),
      override(proto, 'offsetHeight', function (this: HTMLElement) {
        return this.getAttribute('role') === 'listitem' ? ROW_HEIGHT : 0;
      }),
    );
    const scrollTo = function (this: HTMLElement, options?: ScrollToOptions) {
      this.scrollTop = options?.top ?? this.scrollTop;
      this.dispatchEvent(new Event('scroll'));
    };
    Object.defineProperty(proto, 'scrollTo', {
      configurable: true,
      value: scrollTo,
    });
    restore.push(() => delete (proto as Partial<HTMLElement>).scrollTo);
  });

  afterEach(() => {
    for (const undo of restore.splice(0)) undo();
  });
}

function isList(element: HTMLElement): boolean {
  return element.classList.contains('reprise-panel__scroll');
}

function override(
  proto: object,
  name: string,
  get: (this: HTMLElement) => number,
): () => void {
  const original = Object.getOwnPropertyDescriptor(proto, name);
  Object.defineProperty(proto, name, { configurable: true, get });
  return () => {
    if (original) Object.defineProperty(proto, name, original);
    else delete (proto as Record<string, unknown>)[name];
  };
}

/** Scrolls a panel list as a person would, with the wheel. */
export function wheelScroll(list: HTMLElement, top: number): void {
  act(() => {
    list.dispatchEvent(new WheelEvent('wheel', { bubbles: true }));
    list.scrollTop = top;
    list.dispatchEvent(new Event('scroll'));
  });
}
