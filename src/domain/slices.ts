/**
 * Long work on the page's own thread, cut into slices: a keystroke or a click
 * that arrives meanwhile waits at most one slice. The caller brings the clock
 * and the pause (a new task), so this stays pure and testable.
 */
export type SliceOptions<P> = {
  /** Milliseconds since some fixed point (`performance.now`). */
  now: () => number;
  /** Lets the browser handle input and paint; resolves in a later task. */
  pause: () => Promise<void>;
  /** How long one slice may run before it pauses. */
  budgetMs: number;
  /** The newest step's report, once per slice (not per step: each may cost a render). */
  onProgress?: (progress: P) => void;
};

/** Runs `steps` to its end, pausing whenever a slice has run `budgetMs`; returns its result. */
export async function runInSlices<P, R>(
  steps: Iterator<P, R>,
  options: SliceOptions<P>,
): Promise<R> {
  let sliceStart = options.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (options.now() - sliceStart >= options.budgetMs) {
      options.onProgress?.(step.value);
      await options.pause();
      sliceStart = options.now();
    }
  }
}
