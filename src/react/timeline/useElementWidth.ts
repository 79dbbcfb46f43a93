import { useCallback, useEffect, useState } from 'react';

/**
 * Measures an element's width in CSS px when it mounts and follows its
 * changes with a `ResizeObserver` where there is one. Returns a callback
 * ref for the element and the width, 0 until it is laid out.
 */
export function useElementWidth(): [
  ref: (element: HTMLElement | null) => void,
  width: number,
] {
  const [element, setElement] = useState<HTMLElement | null>(null);
  const [width, setWidth] = useState(0);

  const ref = useCallback((next: HTMLElement | null) => {
    setElement(next);
    if (next) setWidth(next.getBoundingClientRect().width);
  }, []);

  useEffect(() => {
    if (!element || typeof ResizeObserver === 'undefined') return;

    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(entry.contentRect.width);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);

  return [ref, width];
}
