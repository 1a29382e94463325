import { describe, expect, it } from 'vitest';
import { runInSlices } from './slices';

/** Steps that each take `cost` ms on a fake clock, reporting how many are done. */
function* costlySteps(clock: { time: number }, count: number, cost: number) {
  for (let done = 1; done <= count; done++) {
    clock.time += cost;
    yield done;
  }
  return 'finished';
}

describe('runInSlices', () => {
  it('pauses once a slice has used its budget, and reports once per slice', async () => {
    const clock = { time: 0 };
    const events: string[] = [];
    const result = await runInSlices(costlySteps(clock, 10, 3), {
      now: () => clock.time,
      pause: async () => {
        events.push('pause');
      },
      budgetMs: 8,
      onProgress: (done) => events.push(`at ${done}`),
    });
    expect(result).toBe('finished');
    // 3 ms a step, 8 ms a slice: a pause after steps 3, 6 and 9.
    expect(events).toEqual(['at 3', 'pause', 'at 6', 'pause', 'at 9', 'pause']);
  });

  it('runs quick work in one slice, without pausing', async () => {
    const clock = { time: 0 };
    let pauses = 0;
    const result = await runInSlices(costlySteps(clock, 5, 0), {
      now: () => clock.time,
      pause: async () => {
        pauses++;
      },
      budgetMs: 8,
    });
    expect(result).toBe('finished');
    expect(pauses).toBe(0);
  });

  it('does not count the pause itself against the next slice', async () => {
    const clock = { time: 0 };
    const reports: number[] = [];
    await runInSlices(costlySteps(clock, 6, 5), {
      now: () => clock.time,
      // The browser was busy elsewhere for a long time in between.
      pause: async () => {
        clock.time += 1_000;
      },
      budgetMs: 8,
      onProgress: (done) => reports.push(done),
    });
    expect(reports).toEqual([2, 4, 6]);
  });

  it('passes a failing step on and stops', async () => {
    function* failing(): Generator<number, string> {
      yield 1;
      throw new Error('broken step');
    }
    await expect(
      runInSlices(failing(), { now: () => 0, pause: async () => undefined, budgetMs: 8 }),
    ).rejects.toThrow('broken step');
  });
});
