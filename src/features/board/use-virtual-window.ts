import {
  startTransition,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type RefObject,
} from 'react';

export type VirtualWindow = {
  start: number;
  end: number;
  padTop: number;
  padBottom: number;
  /** Whether the margin rows are rendered too (the list has settled). */
  withMargin: boolean;
};

type Keyed = { readonly key: string };

/** How long the list must stay the same before the margin rows are added. */
export const MARGIN_AFTER_MS = 300;

function sameKeys(a: readonly Keyed[], b: readonly Keyed[]): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index++) {
    if (a[index]?.key !== b[index]?.key) return false;
  }
  return true;
}

/**
 * Renders only the rows in view plus a margin, so a board of 5,000 young
 * people paints as fast as one of 50. Rows have one fixed height.
 *
 * The margin rows are off screen and only there so scrolling shows no gap.
 * When the list itself changes (a filter, a new sort, the first load) almost
 * every row is new, and each one is created, laid out and painted: then only
 * the rows in view are rendered, and the margin follows once the list has
 * stayed the same for a moment (not between two typed letters, where it would
 * hold up the next one on a slow laptop) or as soon as the user scrolls. A
 * light change keeps the same keys in the same order, so it keeps the margin.
 */
export function useVirtualWindow(
  container: RefObject<HTMLElement | null>,
  items: readonly Keyed[],
  rowHeight: number,
  overscan = 4,
): VirtualWindow {
  const [scrollTop, setScrollTop] = useState(0);
  // jsdom has no layout; assume a projector-sized viewport there.
  const [height, setHeight] = useState(800);
  const frame = useRef(0);
  // The list the margin was last added for; it still holds while the keys and their order do.
  const [settled, setSettled] = useState<readonly Keyed[]>();
  const wide = settled !== undefined && (settled === items || sameKeys(settled, items));
  // For the scroll listener, which outlives a render.
  const latest = useRef(items);
  useLayoutEffect(() => {
    latest.current = items;
  });

  useEffect(() => {
    if (wide) return;
    const timer = window.setTimeout(
      () => startTransition(() => setSettled(items)),
      MARGIN_AFTER_MS,
    );
    return () => clearTimeout(timer);
  }, [wide, items]);

  useLayoutEffect(() => {
    const element = container.current;
    if (!element) return;
    const measure = () => setHeight(element.clientHeight || 800);
    const observer =
      typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(measure);
    observer?.observe(element);
    const onScroll = () => {
      setSettled(latest.current);
      cancelAnimationFrame(frame.current);
      frame.current = requestAnimationFrame(() => setScrollTop(element.scrollTop));
    };
    element.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      observer?.disconnect();
      element.removeEventListener('scroll', onScroll);
      cancelAnimationFrame(frame.current);
    };
  }, [container]);

  const count = items.length;
  const margin = wide ? overscan : 0;
  // A filter that shortens the list can leave the scroll position past the end.
  const top = Math.min(scrollTop, Math.max(0, count * rowHeight - height));
  const start = Math.max(0, Math.floor(top / rowHeight) - margin);
  const end = Math.min(count, Math.ceil((top + height) / rowHeight) + margin);
  return {
    start,
    end,
    padTop: start * rowHeight,
    padBottom: (count - end) * rowHeight,
    withMargin: wide,
  };
}

/** The scrollTop that brings row `index` fully into view below a sticky header, or undefined if it is. */
export function scrollTopToShow(
  index: number,
  rowHeight: number,
  scrollTop: number,
  viewportHeight: number,
  headerHeight: number,
): number | undefined {
  const top = index * rowHeight;
  const visibleHeight = viewportHeight - headerHeight;
  if (top < scrollTop) return top;
  if (top + rowHeight > scrollTop + visibleHeight) return top + rowHeight - visibleHeight;
  return undefined;
}
