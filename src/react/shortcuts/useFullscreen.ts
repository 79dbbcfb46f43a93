import { useCallback, useEffect, useMemo, useState } from 'react';

/** Full screen state of one element. */
export interface Fullscreen {
  /** Whether the browser lets this element go full screen. */
  supported: boolean;
  /** Whether the element is the full screen element now. */
  active: boolean;
  /** Enters or leaves full screen. */
  toggle: () => void;
}

/**
 * Follows whether `element` is in full screen through `fullscreenchange`,
 * so leaving with Escape or the browser's own controls is seen too.
 * Unsupported where the element has no `requestFullscreen` or the
 * document disallows it (an iframe without `allowfullscreen`).
 */
export function useFullscreen(element: HTMLElement | null): Fullscreen {
  const [active, setActive] = useState(false);

  useEffect(() => {
    if (!element) return;
    const document = element.ownerDocument;
    const update = (): void =>
      setActive(document.fullscreenElement === element);

    update();
    document.addEventListener('fullscreenchange', update);
    return () => document.removeEventListener('fullscreenchange', update);
  }, [element]);

  const toggle = useCallback(() => {
    if (typeof element?.requestFullscreen !== 'function') return;
    const document = element.ownerDocument;
    // The browser rejects the request without a user gesture or when
    // full screen is disallowed; the state then stays as it is.
    const request =
      document.fullscreenElement === element
        ? document.exitFullscreen()
        : element.requestFullscreen();
    void Promise.resolve(request).catch(() => undefined);
  }, [element]);

  const supported =
    element !== null &&
    typeof element.requestFullscreen === 'function' &&
    element.ownerDocument.fullscreenEnabled !== false;
  return useMemo(
    () => ({ supported, active, toggle }),
    [supported, active, toggle],
  );
}
