import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeYouthFields } from '@/testing/factories';
import { freshDatabase } from '@/testing/test-database';
import { historyOfYouths } from './assessments-by-youth';
import { setLight } from './assessment-repository';
import { clock } from './clock';
import { listConditions } from './condition-repository';
import type { UitstroombordDatabase } from './database';
import { listAssessmentsBefore, listAssessmentsOfYouthsBefore } from './history-queries';
import { addYouth } from './youth-repository';

let database: UitstroombordDatabase;
beforeEach(async () => {
  database = await freshDatabase();
});
afterEach(() => database.close());

async function lightOn(day: string, ...args: Parameters<typeof setLight>) {
  const spy = vi.spyOn(clock, 'now').mockReturnValue(new Date(`${day}T12:00:00Z`));
  await setLight(...args);
  spy.mockRestore();
}

describe('history reads', () => {
  it('reads the history of exactly the young people asked for, before a moment', async () => {
    const [housing, school] = await listConditions();
    const a = await addYouth(makeYouthFields({ initials: 'A.A.', municipality: 'Kampen' }));
    const b = await addYouth(makeYouthFields({ initials: 'B.B.', municipality: 'Zwolle' }));
    const c = await addYouth(makeYouthFields({ initials: 'C.C.', municipality: 'Zwolle' }));
    await lightOn('2026-09-10', a.id, housing!.id, { colour: 'red' });
    await lightOn('2026-10-10', a.id, school!.id, { colour: 'amber' });
    await lightOn('2026-09-10', b.id, housing!.id, { colour: 'green' });
    await lightOn('2026-11-10', b.id, housing!.id, { colour: 'red' });
    await lightOn('2026-09-10', c.id, housing!.id, { colour: 'amber' });

    const ofAB = await historyOfYouths([a.id, b.id]);
    expect(ofAB.map((item) => item.youthId).sort()).toEqual([a.id, a.id, b.id, b.id].sort());
    expect(await historyOfYouths([])).toEqual([]);

    const endOfOctober = new Date('2026-11-01T00:00:00Z').getTime() - 1;
    const zwolleBefore = await listAssessmentsOfYouthsBefore([b.id, c.id], endOfOctober);
    expect(zwolleBefore.map((item) => [item.youthId, item.colour]).sort()).toEqual(
      [
        [b.id, 'green'],
        [c.id, 'amber'],
      ].sort(),
    );
    // The whole provider: the same bound, every young person.
    const everyone = await listAssessmentsBefore(endOfOctober);
    expect(everyone).toHaveLength(4);
    expect(everyone.every((item) => item.assessedAt < '2026-11-02')).toBe(true);
  });

  it('reads the same history for a few young people as for most of them', async () => {
    const [housing] = await listConditions();
    const ids: string[] = [];
    for (let index = 0; index < 8; index++) {
      const youth = await addYouth(makeYouthFields({ initials: `Y${index}.` }));
      await lightOn('2026-09-10', youth.id, housing!.id, { colour: 'red' });
      await lightOn('2026-11-10', youth.id, housing!.id, { colour: 'green' });
      ids.push(youth.id);
    }
    const endOfOctober = new Date('2026-11-01T00:00:00Z').getTime() - 1;
    const summary = (list: { youthId: string; colour: string }[]) =>
      list.map((item) => `${item.youthId}:${item.colour}`).sort();
    // One of eight: read per young person. Seven of eight: one read of everything, filtered.
    const few = await listAssessmentsOfYouthsBefore(ids.slice(0, 1), endOfOctober);
    expect(summary(few)).toEqual([`${ids[0]}:red`]);
    const most = await listAssessmentsOfYouthsBefore(ids.slice(1), endOfOctober);
    expect(summary(most)).toEqual(
      ids
        .slice(1)
        .map((id) => `${id}:red`)
        .sort(),
    );
    expect(await listAssessmentsOfYouthsBefore([], endOfOctober)).toEqual([]);
  });
});
