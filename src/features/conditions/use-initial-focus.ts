import { useEffect, type RefObject } from 'react';

/**
 * Focuses the first element matching `selector` inside a dialog's content once
 * the dialog is open. Children's effects run before the Dialog's own effect
 * opens it (and elements in a closed <dialog> cannot take focus), so this waits
 * one frame instead of relying on autoFocus.
 */
export function useInitialFocus(container: RefObject<HTMLElement | null>, selector: string) {
  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      container.current?.querySelector<HTMLElement>(selector)?.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [container, selector]);
}
