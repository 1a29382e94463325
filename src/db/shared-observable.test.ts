import { describe, expect, it, vi } from 'vitest';
import { shareLive } from './shared-observable';

function source() {
  let emit: ((value: number) => void) | undefined;
  let fail: ((error: unknown) => void) | undefined;
  const stop = vi.fn();
  const start = vi.fn((onValue: (value: number) => void, onError: (error: unknown) => void) => {
    emit = onValue;
    fail = onError;
    return stop;
  });
  return {
    start,
    stop,
    emit: (value: number) => emit?.(value),
    fail: (error: unknown) => fail?.(error),
  };
}

describe('shareLive', () => {
  it('starts once for many subscribers and gives a late one the latest value at once', () => {
    const live = source();
    const shared = shareLive(live.start);
    expect(shared.hasValue()).toBe(false);
    const first: number[] = [];
    const a = shared.subscribe((value) => first.push(value));
    live.emit(1);
    expect(shared.hasValue()).toBe(true);
    expect(shared.getValue()).toBe(1);

    const second: number[] = [];
    const b = shared.subscribe((value) => second.push(value));
    expect(second).toEqual([1]);
    live.emit(2);
    expect(first).toEqual([1, 2]);
    expect(second).toEqual([1, 2]);
    expect(live.start).toHaveBeenCalledTimes(1);

    a.unsubscribe();
    expect(live.stop).not.toHaveBeenCalled();
    b.unsubscribe();
    b.unsubscribe(); // twice is harmless
    expect(live.stop).toHaveBeenCalledTimes(1);
  });

  it('forgets its value when the last subscriber leaves and starts afresh for the next', () => {
    const live = source();
    const shared = shareLive(live.start);
    shared.subscribe(() => {}).unsubscribe();
    live.emit(1); // a late value from a stopped source
    expect(shared.hasValue()).toBe(false);
    const subscription = shared.subscribe(() => {});
    expect(live.start).toHaveBeenCalledTimes(2);
    expect(shared.hasValue()).toBe(false);
    subscription.unsubscribe();
    expect(shared.hasValue()).toBe(false);
    expect(() => shared.getValue()).toThrow();
  });

  it('passes an error to every subscriber, also to one that comes later', () => {
    const live = source();
    const shared = shareLive(live.start);
    const errors: unknown[] = [];
    const a = shared.subscribe(
      () => {},
      (error) => errors.push(error),
    );
    live.fail('kapot');
    const b = shared.subscribe(
      () => {},
      (error) => errors.push(error),
    );
    expect(errors).toEqual(['kapot', 'kapot']);
    a.unsubscribe();
    b.unsubscribe();
  });
});
