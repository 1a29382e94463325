import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MeetingId, YouthId } from '@/domain/ids';
import { makeAssessment, makeYouth } from '@/testing/factories';
import { freshDatabase } from '@/testing/test-database';
import type { UitstroombordDatabase } from './database';
import { loadDemoData } from './demo-repository';

let database: UitstroombordDatabase;
beforeEach(async () => {
  database = await freshDatabase();
});
afterEach(() => database.close());

const at = '2026-11-01T10:00:00.000Z';
const meta = { createdAt: at, updatedAt: at, updatedBy: 'T' };

describe('Vervangen door demobord', () => {
  it('leaves no trace of the young people it removes: requests, checks and agenda items go', async () => {
    const old = makeYouth({ initials: 'O.U.' });
    const [condition] = await database.conditions.toArray();
    await database.youths.add(old);
    await database.reviewRequests.add({
      id: 'r1' as never,
      youthId: old.id,
      trigger: 'crisis',
      note: '',
      requestedAt: at,
      ...meta,
    });
    await database.outflowChecks.add({
      id: 'o1' as never,
      youthId: old.id,
      monthsAfter: 3,
      checkedOn: '2026-10-01',
      stillInIntendedPlace: true,
      backInCare: false,
      note: '',
      ...meta,
    });
    await database.meetings.add({
      id: 'm1' as MeetingId,
      type: 'caseReview',
      date: '2026-12-01',
      chair: '',
      attendees: [],
      municipalities: [],
      agenda: [{ youthId: old.id, notes: 'bespreken' }],
      status: 'planned',
      notes: '',
      ...meta,
    });

    const demo = makeYouth({ id: 'demo-1' as YouthId, initials: 'D.M.' });
    await loadDemoData(
      {
        youths: [demo],
        assessments: [makeAssessment({ youthId: demo.id, conditionId: condition!.id })],
      },
      { replace: true },
    );

    expect((await database.youths.toArray()).map((youth) => youth.id)).toEqual(['demo-1']);
    expect(await database.reviewRequests.count()).toBe(0);
    expect(await database.outflowChecks.count()).toBe(0);
    const [meeting] = await database.meetings.toArray();
    expect(meeting).toMatchObject({ id: 'm1', agenda: [] });
  });
});
