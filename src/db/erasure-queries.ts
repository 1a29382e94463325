import type { YouthId } from '@/domain/ids';
import type { Youth } from '@/domain/types';
import { nowIso } from './clock';
import { db } from './database';
import { guarded, StorageError } from './errors';
import { currentActor } from './settings-repository';
import { assessmentsOfYouths } from './assessments-by-youth';
import { eraseFromReviewCopies } from './review-database';

/** Every young person, placed or left, by initials: for choosing whom to erase. */
export async function listAllYouths(): Promise<Youth[]> {
  const youths = await db().youths.toArray();
  // String(): a record with unreadable initials must not take the erasure list down with it.
  return youths.sort((a, b) => String(a.initials).localeCompare(String(b.initials), 'nl'));
}

export type ErasureCounts = {
  assessments: number;
  reviewRequests: number;
  outflowChecks: number;
  escalations: number;
  meetings: number;
};

/** What erasing would remove, to show before the user confirms. */
export async function erasureCounts(id: YouthId): Promise<ErasureCounts> {
  const d = db();
  return d.transaction(
    'r',
    [d.assessments, d.reviewRequests, d.outflowChecks, d.escalations, d.meetings],
    async () => ({
      assessments: await assessmentsOfYouths([id]).count(),
      reviewRequests: await d.reviewRequests.where('youthId').equals(id).count(),
      outflowChecks: await d.outflowChecks.where('youthId').equals(id).count(),
      escalations: await d.escalations.where('youthId').equals(id).count(),
      meetings: await d.meetings
        .filter((meeting) => meeting.agenda.some((item) => item.youthId === id))
        .count(),
    }),
  );
}

/**
 * Erases young people completely (right to erasure, retention): the record,
 * the whole light history, the current lights, review requests, follow-up
 * checks, escalations with their answers and their places on meeting agendas — in one transaction; then
 * from the review copies (inzage) kept in this browser.
 * Nothing of them stays, so this cannot be undone (except from a backup).
 */
export async function eraseYouths(ids: readonly YouthId[]): Promise<void> {
  if (ids.length === 0) return;
  const d = db();
  const gone = new Set<string>(ids);
  await guarded(() =>
    d.transaction(
      'rw',
      [
        d.youths,
        d.assessments,
        d.currentLights,
        d.reviewRequests,
        d.outflowChecks,
        d.escalations,
        d.escalationUpdates,
        d.meetings,
        d.settings,
      ],
      async () => {
        const found = await d.youths.bulkGet([...ids]);
        if (found.some((youth) => !youth)) throw new StorageError('notFound');
        await d.youths.bulkDelete([...ids]);
        await assessmentsOfYouths([...ids]).delete();
        await d.currentLights
          .where('youthId')
          .anyOf([...ids])
          .delete();
        await d.reviewRequests
          .where('youthId')
          .anyOf([...ids])
          .delete();
        await d.outflowChecks
          .where('youthId')
          .anyOf([...ids])
          .delete();
        await d.escalations
          .where('youthId')
          .anyOf([...ids])
          .delete();
        await d.escalationUpdates
          .where('youthId')
          .anyOf([...ids])
          .delete();
        const actor = await currentActor();
        const at = nowIso();
        const meetings = await d.meetings
          .filter((meeting) => meeting.agenda.some((item) => gone.has(item.youthId)))
          .toArray();
        await d.meetings.bulkPut(
          meetings.map((meeting) => ({
            ...meeting,
            agenda: meeting.agenda.filter((item) => !gone.has(item.youthId)),
            updatedAt: at,
            updatedBy: actor,
          })),
        );
      },
    ),
  );
  await eraseFromReviewCopies([...ids]);
}
