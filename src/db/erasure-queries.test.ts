import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FollowUpId, MeetingId, ReviewRequestId, YouthId } from '@/domain/ids';
import { makeAssessment, makeCondition, makeYouth } from '@/testing/factories';
import { freshDatabase } from '@/testing/test-database';
import type { UitstroombordDatabase } from './database';
import { currentLightsOf } from '@/domain/signals';
import { eraseYouths, erasureCounts, listAllYouths } from './erasure-queries';
import type { StorageError } from './errors';
import { assessmentsOfYouths } from './assessments-by-youth';

let database: UitstroombordDatabase;
beforeEach(async () => {
  database = await freshDatabase();
});
afterEach(() => database.close());

const meta = {
  createdAt: '2026-01-01T10:00:00.000Z',
  updatedAt: '2026-01-01T10:00:00.000Z',
  updatedBy: 'Test',
};

async function seedTwo() {
  const gone = makeYouth({ initials: 'W.E.' });
  const stays = makeYouth({ initials: 'B.L.' });
  const condition = makeCondition();
  const assessments = [gone, gone, stays].map((youth) =>
    makeAssessment({ youthId: youth.id, conditionId: condition.id }),
  );
  await database.youths.bulkAdd([gone, stays]);
  await database.conditions.add(condition);
  await database.assessments.bulkAdd(assessments);
  await database.currentLights.bulkPut(currentLightsOf(assessments));
  await database.reviewRequests.add({
    id: 'r-1' as ReviewRequestId,
    youthId: gone.id,
    trigger: 'crisis',
    note: '',
    requestedAt: meta.createdAt,
    ...meta,
  });
  await database.outflowChecks.add({
    id: 'o-1' as FollowUpId,
    youthId: gone.id,
    monthsAfter: 3,
    checkedOn: '2026-03-01',
    stillInIntendedPlace: true,
    backInCare: false,
    note: '',
    ...meta,
  });
  await database.meetings.add({
    id: 'm-1' as MeetingId,
    type: 'caseReview',
    date: '2026-12-01',
    chair: '',
    attendees: [],
    municipalities: [],
    agenda: [
      { youthId: gone.id, notes: 'bespreken' },
      { youthId: stays.id, notes: '' },
    ],
    status: 'planned',
    notes: '',
    ...meta,
  });
  return { gone, stays };
}

describe('erasure', () => {
  it('counts what will go, then removes the young person and all their history', async () => {
    const { gone, stays } = await seedTwo();
    expect(await erasureCounts(gone.id)).toEqual({
      assessments: 2,
      reviewRequests: 1,
      outflowChecks: 1,
      escalations: 0,
      meetings: 1,
    });

    await eraseYouths([gone.id]);

    expect((await listAllYouths()).map((youth) => youth.id)).toEqual([stays.id]);
    expect(await assessmentsOfYouths([gone.id]).count()).toBe(0);
    expect(await database.currentLights.where('youthId').equals(gone.id).count()).toBe(0);
    expect(await database.reviewRequests.count()).toBe(0);
    expect(await database.outflowChecks.count()).toBe(0);
    expect((await database.meetings.get('m-1' as MeetingId))?.agenda).toEqual([
      { youthId: stays.id, notes: '' },
    ]);
    expect(await assessmentsOfYouths([stays.id]).count()).toBe(1);
  });

  it('erases nothing when one of the young people no longer exists', async () => {
    const { gone } = await seedTwo();
    const error = await eraseYouths([gone.id, 'missing' as YouthId]).catch((e: unknown) => e);
    expect((error as StorageError).code).toBe('notFound');
    expect(await database.youths.count()).toBe(2);
    expect(await database.assessments.count()).toBe(3);
  });
});
