import { lazy, Suspense } from 'react';
import type { LightEditorProps } from './light-editor';

// The board's first download stays within its budget: the editor loads on the
// first Enter, or earlier when the browser is idle (preloadLightEditor).
const Editor = lazy(async () => ({ default: (await import('./light-editor')).LightEditor }));

let preloaded = false;

/** Fetches the editor's code ahead of the first Enter, when the board has nothing else to do. */
export function preloadLightEditor(): void {
  if (preloaded) return;
  preloaded = true;
  const load = () => void import('./light-editor');
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(load);
  else window.setTimeout(load, 1000);
}

/** {@link LightEditor}, loaded on demand. */
export function LazyLightEditor(props: LightEditorProps) {
  if (!props.open) return null;
  return (
    <Suspense fallback={null}>
      <Editor {...props} />
    </Suspense>
  );
}
