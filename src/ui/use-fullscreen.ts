import { useCallback, useEffect, useState } from 'react';

/**
 * Whether the page fills the screen, and a toggle for a button. `supported`
 * is false where the browser (or a test DOM) offers no full screen: then no
 * button is drawn at all.
 */
export function useFullscreen(): { on: boolean; toggle: () => void; supported: boolean } {
  const [on, setOn] = useState(() => Boolean(document.fullscreenElement));
  useEffect(() => {
    const update = () => setOn(Boolean(document.fullscreenElement));
    document.addEventListener('fullscreenchange', update);
    return () => document.removeEventListener('fullscreenchange', update);
  }, []);
  const toggle = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen?.();
    else void document.documentElement.requestFullscreen?.().catch(() => undefined);
  }, []);
  return { on, toggle, supported: Boolean(document.fullscreenEnabled) };
}

/** Leaves full screen, if the page is in it (leaving the page that asked for it). */
export function exitFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen?.();
}
