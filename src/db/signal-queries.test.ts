import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { activeConditions } from '@/domain/conditions';
import type { ConditionId, YouthId } from '@/domain/ids';
import { indexCurrentLights } from '@/domain/board';
import { currentLightsOf, resolveThresholds, signalsByYouth } from '@/domain/signals';
import { makeYouthFields } from '@/testing/factories';
import { collect } from '@/testing/observe';
import { freshDatabase } from '@/testing/test-database';
import { setLight } from './assessment-repository';
import { lightBucketOf } from './board-queries';
import { listConditions } from './condition-repository';
import type { UitstroombordDatabase } from './database';
import { requestReview } from './review-request-repository';
import { updateSettings } from './settings-repository';
import { observeSignals, type LiveSignals } from './signal-queries';
import { addYouth, listPlacedYouths } from './youth-repository';

// Far enough ahead that every light set today is stale and every placement is long.
const TODAY = '2027-09-01';

let database: UitstroombordDatabase;
beforeEach(async () => {
  database = await freshDatabase();
});
afterEach(() => database.close());

const watch = () => collect(observeSignals(TODAY));

/** The same signals computed from scratch over every young person. */
async function fromScratch() {
  const youths = await listPlacedYouths();
  const conditions = activeConditions(await listConditions());
  // Current lights and their streaks rebuilt from the whole history, not read from the projection.
  const lights = currentLightsOf(await database.assessments.toArray());
  return signalsByYouth({
    youths,
    conditions,
    lights: indexCurrentLights(lights),
    reviewRequests: await database.reviewRequests.toArray(),
    thresholds: resolveThresholds((await database.settings.toArray())[0]?.signalThresholds),
    today: TODAY,
  });
}

const asMap = (value: LiveSignals) => new Map(value.byYouth);

describe('live signals per bucket', () => {
  it('equals a computation from scratch, and recomputes only the changed bucket', async () => {
    const conditions = activeConditions(await listConditions());
    const housing = conditions[0]?.id as ConditionId;
    const youths = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        addYouth(makeYouthFields({ birthDate: '2009-12-01', initials: `Y${i}` })),
      ),
    );
    for (const youth of youths.slice(0, 6)) await setLight(youth.id, housing, { colour: 'red' });

    const watcher = watch();
    const first = await watcher.next(1);
    expect(asMap(first)).toEqual(await fromScratch());
    expect(first.count).toBe([...first.byYouth.values()].flat().length);
    expect(first.youths).toHaveLength(12);
    expect(first.conditions.map((condition) => condition.id)).toEqual(
      conditions.map((condition) => condition.id),
    );

    // Red three times in a row: the escalation signal appears for this young person only.
    const changed = youths[0]?.id as YouthId;
    await setLight(changed, housing, { colour: 'red' });
    await setLight(changed, housing, { colour: 'red' });
    const latest = await vi.waitFor(
      () => {
        const value = watcher.emitted[watcher.emitted.length - 1] as LiveSignals;
        expect(value.byYouth.get(changed)?.some((signal) => signal.kind === 'redStreak')).toBe(
          true,
        );
        return value;
      },
      { timeout: 5000 },
    );
    expect(asMap(latest)).toEqual(await fromScratch());

    const bucket = lightBucketOf(changed);
    for (const youth of youths) {
      if (lightBucketOf(youth.id) === bucket) continue;
      // Untouched buckets keep their lists: memoised rows do not re-render.
      expect(latest.byYouth.get(youth.id)).toBe(first.byYouth.get(youth.id));
    }
    watcher.stop();
  });

  it('follows review requests and thresholds, and is shared by its readers', async () => {
    const youth = await addYouth(makeYouthFields({ birthDate: '2009-12-01', initials: 'R.Q.' }));
    const a = watch();
    const b = watch();
    const first = await a.next(1);
    expect(await b.next(1)).toBe(first);
    expect(first.byYouth.get(youth.id)?.some((s) => s.kind === 'reviewRequested')).toBeFalsy();

    await requestReview(youth.id, 'crisis', 'Weggelopen');
    const withRequest = await a.next(2);
    expect(withRequest.byYouth.get(youth.id)?.some((s) => s.kind === 'reviewRequested')).toBe(true);
    expect(asMap(withRequest)).toEqual(await fromScratch());

    // Turning 18 within 24 months instead of 6: a new signal for someone born in Dec 2009.
    await updateSettings({
      signalThresholds: { ...resolveThresholds(), turningEighteenMonths: 24 },
    });
    const wider = await a.next(3);
    expect(wider.byYouth.get(youth.id)?.some((s) => s.kind === 'turningEighteen')).toBe(true);
    expect(asMap(wider)).toEqual(await fromScratch());
    expect(b.emitted).toEqual(a.emitted);
    a.stop();
    b.stop();
  });

  it('computes the first time as a background task, after the render already waiting', async () => {
    const youth = await addYouth(makeYouthFields({ birthDate: '2009-12-01', initials: 'B.T.' }));
    // A browser with `scheduler.postTask`: tasks are held until the test runs them, and each
    // emission notes whether it came from inside one.
    const priorities: string[] = [];
    const held: (() => void)[] = [];
    let inTask = false;
    const postTask = vi.fn((task: () => void, options: { priority: string }) => {
      priorities.push(options.priority);
      held.push(() => {
        inTask = true;
        try {
          task();
        } finally {
          inTask = false;
        }
      });
      return Promise.resolve();
    });
    vi.stubGlobal('scheduler', { postTask });
    try {
      const watcher = watch();
      const fromTask: boolean[] = [];
      const noted = observeSignals(TODAY).subscribe(() => fromTask.push(inTask));
      await vi.waitFor(() => expect(held).toHaveLength(1));
      expect(watcher.emitted).toHaveLength(0);
      // Inputs still arriving after a task ran (and found them incomplete) post the next one.
      await vi.waitFor(() => {
        held.splice(0).forEach((run) => run());
        expect(watcher.emitted).toHaveLength(1);
      });
      expect(fromTask).toEqual([true]);
      expect(new Set(priorities)).toEqual(new Set(['background']));
      const first = await watcher.next(1);
      expect(first.youths.map((item) => item.id)).toEqual([youth.id]);
      expect(asMap(first)).toEqual(await fromScratch());
      noted.unsubscribe();
      watcher.stop();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
