import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MARGIN_AFTER_MS, scrollTopToShow, useVirtualWindow } from './use-virtual-window';

const ROW = 40;
const list = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, index) => ({ key: `${prefix}${index}` }));

function setup(initial: { key: string }[]) {
  const element = document.createElement('div');
  const container = { current: element };
  const hook = renderHook(({ items }) => useVirtualWindow(container, items, ROW, 4), {
    initialProps: { items: initial },
  });
  return { element, hook };
}

describe('useVirtualWindow', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  // jsdom has no layout: the hook assumes 800 px of height, so 20 rows of 40 px are in view.
  it('renders the rows in view first and adds the margin once the list stays the same', () => {
    const { hook } = setup(list('a', 100));
    expect(hook.result.current).toMatchObject({ start: 0, end: 20, padBottom: 80 * ROW });
    act(() => vi.advanceTimersByTime(MARGIN_AFTER_MS));
    expect(hook.result.current).toMatchObject({ start: 0, end: 24, padBottom: 76 * ROW });
  });

  it('keeps the margin for a new list with the same rows in the same order (a light change)', () => {
    const { hook } = setup(list('a', 100));
    act(() => vi.advanceTimersByTime(MARGIN_AFTER_MS));
    hook.rerender({ items: list('a', 100) });
    expect(hook.result.current.end).toBe(24);
  });

  it('drops the margin while the list keeps changing (typing) and adds it after a pause', () => {
    const { hook } = setup(list('a', 100));
    act(() => vi.advanceTimersByTime(MARGIN_AFTER_MS));
    hook.rerender({ items: list('b', 100) });
    expect(hook.result.current.end).toBe(20);
    act(() => vi.advanceTimersByTime(MARGIN_AFTER_MS - 50));
    hook.rerender({ items: list('c', 100) });
    act(() => vi.advanceTimersByTime(MARGIN_AFTER_MS - 50));
    expect(hook.result.current.end).toBe(20);
    act(() => vi.advanceTimersByTime(50));
    expect(hook.result.current.end).toBe(24);
  });

  it('adds the margin at once when the user scrolls', () => {
    const { element, hook } = setup(list('a', 100));
    act(() => {
      element.scrollTop = 10 * ROW;
      element.dispatchEvent(new Event('scroll'));
    });
    expect(hook.result.current.end).toBe(24);
    act(() => vi.advanceTimersByTime(20)); // the scroll position is read in the next frame
    expect(hook.result.current).toMatchObject({ start: 6, end: 34, padTop: 6 * ROW });
  });

  it('never starts past the end of a list that got shorter', () => {
    const { hook } = setup(list('a', 100));
    hook.rerender({ items: list('b', 5) });
    expect(hook.result.current).toMatchObject({ start: 0, end: 5, padTop: 0, padBottom: 0 });
  });
});

describe('scrollTopToShow', () => {
  it('scrolls up to a row above, down to a row below, and not for a row in view', () => {
    expect(scrollTopToShow(2, ROW, 200, 400, 40)).toBe(80);
    expect(scrollTopToShow(20, ROW, 0, 400, 40)).toBe(21 * ROW - 360);
    expect(scrollTopToShow(6, ROW, 200, 400, 40)).toBeUndefined();
  });
});
