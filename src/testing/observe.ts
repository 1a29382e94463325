type Observable<T> = {
  subscribe(
    next: (value: T) => void,
    error?: (error: unknown) => void,
  ): { unsubscribe: () => void };
};

/**
 * Collects what an observable emits: `emitted` holds every value, `next(n)`
 * waits for the n-th one, `stop()` unsubscribes. An error fails the test.
 */
export function collect<T>(observable: Observable<T>) {
  const emitted: T[] = [];
  let wake: (() => void) | undefined;
  const subscription = observable.subscribe(
    (value) => {
      emitted.push(value);
      wake?.();
    },
    (error) => {
      throw error;
    },
  );
  const next = (count: number) =>
    new Promise<T>((resolve) => {
      const check = () => {
        if (emitted.length >= count) resolve(emitted[count - 1] as T);
        else wake = check;
      };
      check();
    });
  return { emitted, next, stop: () => subscription.unsubscribe() };
}
