import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

export type VirtualWindow = { start: number; end: number; padTop: number; padBottom: number };

/**
 * Renders only the rows in view (plus a margin), so a board of 5,000 young
 * people paints as fast as one of 50. Rows have one fixed height. The margin
 * is small: every rendered row is laid out and painted again when a filter
 * changes the list (8 rows each side cost a third more than 4 at 1,000).
 */
export function useVirtualWindow(
  container: RefObject<HTMLElement | null>,
  count: number,
  rowHeight: number,
  overscan = 4,
): VirtualWindow {
  const [scrollTop, setScrollTop] = useState(0);
  // jsdom has no layout; assume a projector-sized viewport there.
  const [height, setHeight] = useState(800);
  const frame = useRef(0);

  useLayoutEffect(() => {
    const element = container.current;
    if (!element) return;
    const measure = () => setHeight(element.clientHeight || 800);
    const observer =
      typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(measure);
    observer?.observe(element);
    const onScroll = () => {
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

  // A filter that shortens the list can leave the scroll position past the end.
  const top = Math.min(scrollTop, Math.max(0, count * rowHeight - height));
  const start = Math.max(0, Math.floor(top / rowHeight) - overscan);
  const end = Math.min(count, Math.ceil((top + height) / rowHeight) + overscan);
  return { start, end, padTop: start * rowHeight, padBottom: (count - end) * rowHeight };
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
