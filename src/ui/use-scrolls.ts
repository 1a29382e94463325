import { useEffect, useState } from 'react';

/** Does the element scroll on its own? Then it needs a tab stop, so the keyboard can scroll it. */
export function useScrolls(element: HTMLElement | null): boolean {
  const [scrolls, setScrolls] = useState(false);
  useEffect(() => {
    if (!element) return undefined;
    const check = () => setScrolls(element.scrollHeight > element.clientHeight + 1);
    check();
    const resized = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(check);
    resized?.observe(element);
    const changed = new MutationObserver(check);
    changed.observe(element, { childList: true, subtree: true, characterData: true });
    return () => {
      resized?.disconnect();
      changed.disconnect();
    };
  }, [element]);
  return scrolls;
}
