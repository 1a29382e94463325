import { Dexie } from 'dexie';
import type { AssessmentId, ConditionId, YouthId } from '@/domain/ids';
import { compareNewestFirst } from '@/domain/light';
import { nextRedRun, redRun, redRunFields } from '@/domain/signals';
import type { Assessment, CurrentLight, LightInput } from '@/domain/types';
import { createId, createMeta } from './clock';
import { noteCurrentLightWritten } from './board-queries';
import { db } from './database';
import { guarded, StorageError } from './errors';
import { currentActor } from './settings-repository';
import { historyOfYouths } from './assessments-by-youth';

export function listCurrentLights(): Promise<CurrentLight[]> {
  return db().currentLights.toArray();
}

export function listCurrentLightsForYouth(youthId: YouthId): Promise<CurrentLight[]> {
  return db().currentLights.where('youthId').equals(youthId).toArray();
}

/** All assessments of one young person, newest first. */
export async function historyForYouth(youthId: YouthId): Promise<Assessment[]> {
  const history = await historyOfYouths([youthId]);
  return history.sort(compareNewestFirst);
}

function buildAssessment(
  youthId: YouthId,
  conditionId: ConditionId,
  input: LightInput,
  actor: string,
): Assessment {
  const meta = createMeta(actor);
  const assessment: Assessment = {
    id: createId<AssessmentId>(),
    youthId,
    conditionId,
    colour: input.colour,
    reason: input.reason?.trim() ?? '',
    action: input.action?.trim() ?? '',
    actionOwner: input.actionOwner?.trim() ?? '',
    discussedWithYouth: input.discussedWithYouth ?? 'notDiscussed',
    assessedAt: meta.createdAt,
    assessedBy: actor,
    ...meta,
  };
  if (input.dueDate) assessment.dueDate = input.dueDate;
  if (input.meetingId) assessment.meetingId = input.meetingId;
  return assessment;
}

/**
 * Runs a write that returns the new history record and current light, and once
 * it has committed tells the board (see `noteCurrentLightWritten`). Inside a
 * caller's larger transaction (a meeting) nothing is told: that one may still
 * roll back, and its commit reaches the board through the live queries.
 */
async function writeCurrentLight(
  write: () => Promise<{ assessment: Assessment; current: CurrentLight }>,
): Promise<Assessment> {
  const nested = Dexie.currentTransaction !== null;
  const { assessment, current } = await guarded(write);
  if (!nested) noteCurrentLightWritten(current);
  return assessment;
}

/**
 * Appends one assessment and makes it the cell's current light, in one
 * transaction: either both are written or neither.
 */
export async function setLight(
  youthId: YouthId,
  conditionId: ConditionId,
  input: LightInput,
): Promise<Assessment> {
  return writeCurrentLight(() =>
    db().transaction(
      'rw',
      [db().assessments, db().currentLights, db().settings, db().youths],
      async () => {
        // Requests in one transaction run in order anyway: not awaiting each saves round trips.
        const [youth, actor, previous] = await Promise.all([
          db().youths.get(youthId),
          currentActor(),
          db().currentLights.get([youthId, conditionId]),
        ]);
        if (!youth) throw new StorageError('notFound');
        const assessment = buildAssessment(youthId, conditionId, input, actor);
        const current = { ...assessment, ...redRunFields(nextRedRun(previous, assessment)) };
        await Promise.all([db().assessments.add(assessment), db().currentLights.put(current)]);
        return { assessment, current };
      },
    ),
  );
}

/**
 * Undo appends: it writes a new assessment that restores what the cell said
 * before the undone one ("niet beoordeeld" if nothing), and never deletes.
 */
export async function undoAssessment(assessmentId: AssessmentId): Promise<Assessment> {
  return writeCurrentLight(() =>
    db().transaction('rw', [db().assessments, db().currentLights, db().settings], async () => {
      const undone = await db().assessments.get(assessmentId);
      if (!undone) throw new StorageError('notFound');
      const cell = await db()
        .assessments.where('[youthId+conditionId+assessedAt]')
        .between(
          [undone.youthId, undone.conditionId, ''],
          [undone.youthId, undone.conditionId, '\uffff'],
        )
        .toArray();
      const older = cell.filter(
        (other) => other.id !== undone.id && compareNewestFirst(undone, other) < 0,
      );
      const previous = older.sort(compareNewestFirst)[0];
      const input: LightInput = previous
        ? {
            colour: previous.colour,
            reason: previous.reason,
            action: previous.action,
            actionOwner: previous.actionOwner,
            dueDate: previous.dueDate,
            discussedWithYouth: previous.discussedWithYouth,
          }
        : { colour: 'unassessed' };
      if (undone.meetingId) input.meetingId = undone.meetingId;
      const restore = {
        ...buildAssessment(undone.youthId, undone.conditionId, input, await currentActor()),
        undoes: undone.id,
      };
      // Undo takes a review out of the run: count it again from the history.
      const current = { ...restore, ...redRunFields(redRun([...cell, restore])) };
      await Promise.all([db().assessments.add(restore), db().currentLights.put(current)]);
      return { assessment: restore, current };
    }),
  );
}
