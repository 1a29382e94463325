import type { OutflowCheck } from '@/domain/follow-up-types';
import type { FollowUpId, YouthId } from '@/domain/ids';
import { createId, createMeta, nowIso } from './clock';
import { db } from './database';
import { guarded, StorageError } from './errors';
import { currentActor } from './settings-repository';

export function listOutflowChecks(): Promise<OutflowCheck[]> {
  return db().outflowChecks.toArray();
}

export async function listOutflowChecksForYouth(youthId: YouthId): Promise<OutflowCheck[]> {
  const checks = await db().outflowChecks.where('youthId').equals(youthId).toArray();
  return checks.sort((a, b) => a.monthsAfter - b.monthsAfter);
}

export type OutflowCheckInput = Pick<
  OutflowCheck,
  'youthId' | 'monthsAfter' | 'checkedOn' | 'stillInIntendedPlace' | 'backInCare' | 'note'
> &
  Partial<Pick<OutflowCheck, 'reached'>>;

/** Saves the answer to a follow-up check; answering the same check again replaces the answer. */
export async function saveOutflowCheck(input: OutflowCheckInput): Promise<OutflowCheck> {
  return guarded(() =>
    db().transaction('rw', [db().outflowChecks, db().youths, db().settings], async () => {
      if (!(await db().youths.get(input.youthId))) throw new StorageError('notFound');
      const actor = await currentActor();
      const existing = (
        await db().outflowChecks.where('youthId').equals(input.youthId).toArray()
      ).find((check) => check.monthsAfter === input.monthsAfter);
      const check: OutflowCheck = existing
        ? { ...existing, ...input, note: input.note.trim(), updatedAt: nowIso(), updatedBy: actor }
        : {
            id: createId<FollowUpId>(),
            ...input,
            note: input.note.trim(),
            ...createMeta(actor),
          };
      await db().outflowChecks.put(check);
      return check;
    }),
  );
}
