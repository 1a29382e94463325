import { useEffect, useRef, type RefObject } from 'react';

/**
 * Puts the keyboard back on a control after the list under it changed (moved, removed,
 * restored items change place and React may move their DOM nodes). Set `.current` to the
 * control's `data-focus-key`; it is focused once rendered inside `root`.
 */
export function usePendingFocus(root: RefObject<HTMLElement | null>) {
  const pendingFocus = useRef<string | null>(null);
  useEffect(() => {
    const key = pendingFocus.current;
    if (!key) return;
    const target = root.current?.querySelector<HTMLElement>(`[data-focus-key="${key}"]`);
    if (!target) return;
    pendingFocus.current = null;
    if (document.activeElement !== target) target.focus();
  });
  return pendingFocus;
}
