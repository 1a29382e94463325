import { Dexie, type Table } from 'dexie';
import type { AssessmentId, ConditionId, YouthId } from '@/domain/ids';
import { restoredLight } from '@/domain/carry-over';
import { lightInputBreaks } from '@/domain/light-input';
import { compareNewestFirst, currentLight } from '@/domain/light';
import { nextRedRun, redRun, redRunFields } from '@/domain/signals';
import type { Assessment, CurrentLight, LightInput } from '@/domain/types';
import { createId, createMeta, nowAfter } from './clock';
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
  at: string,
): Assessment {
  const meta = createMeta(actor, at);
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
  if (input.actionOwnerRole) assessment.actionOwnerRole = input.actionOwnerRole;
  if (input.dueDate) assessment.dueDate = input.dueDate;
  if (input.meetingId) assessment.meetingId = input.meetingId;
  if (input.actionFrom && assessment.action) assessment.actionFrom = input.actionFrom;
  return assessment;
}

/** The tables a light write touches. */
export const LIGHT_WRITE_TABLES = () => [
  db().assessments,
  db().currentLights,
  db().settings,
  db().youths,
];

/** Appends one assessment and makes it the cell's current light, inside an open transaction. */
async function appendLight(
  store: StoreLight,
  youthId: YouthId,
  conditionId: ConditionId,
  input: LightInput,
): Promise<Assessment> {
  // Requests in one transaction run in order anyway: not awaiting each saves round trips.
  const [youth, actor, previous] = await Promise.all([
    db().youths.get(youthId),
    currentActor(),
    db().currentLights.get([youthId, conditionId]),
  ]);
  if (!youth) throw new StorageError('notFound');
  // Refused before anything is written: a backup could not hold it, and views trust it.
  if (lightInputBreaks(input).length > 0) throw new StorageError('invalid');
  const assessment = buildAssessment(
    youthId,
    conditionId,
    input,
    actor,
    nowAfter(previous?.assessedAt),
  );
  await store(assessment, { ...assessment, ...redRunFields(nextRedRun(previous, assessment)) });
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
  return writeWithLights(LIGHT_WRITE_TABLES(), (append) => append(youthId, conditionId, input));
}

/** Sets a light inside {@link writeWithLights}' transaction. */
export type AppendLight = (
  youthId: YouthId,
  conditionId: ConditionId,
  input: LightInput,
) => Promise<Assessment>;

/**
 * Inside {@link writeWithLights}: appends `assessment` to the history and makes
 * `light` its cell's current light, for a body that builds them itself (an
 * undo, an action).
 */
export type StoreLight = (assessment: Assessment, light: CurrentLight) => Promise<void>;

/**
 * Runs `body` in one read-write transaction over `tables` (with
 * {@link LIGHT_WRITE_TABLES} when it uses `append`). Once the whole transaction
 * has committed, the board's live buckets are told about every current light
 * written (see `noteCurrentLightWritten`), so the cell repaints without waiting
 * for the re-read; nothing is told if it rolls back. Inside a caller's larger
 * transaction nothing is told either: that one may still roll back, and its
 * commit reaches the board through the live queries.
 */
export async function writeWithLights<T>(
  tables: Table[],
  body: (append: AppendLight, store: StoreLight) => Promise<T>,
): Promise<T> {
  const nested = Dexie.currentTransaction !== null;
  const written: CurrentLight[] = [];
  const store: StoreLight = async (assessment, light) => {
    await Promise.all([db().assessments.add(assessment), db().currentLights.put(light)]);
    written.push(light);
  };
  const append: AppendLight = (youthId, conditionId, input) =>
    appendLight(store, youthId, conditionId, input);
  // An async scope function: Dexie keeps its transaction across native awaits only for those.
  const result = await guarded(() =>
    db().transaction('rw', tables, async () => body(append, store)),
  );
  if (!nested) for (const light of written) noteCurrentLightWritten(light);
  return result;
}

/**
 * Undo appends: it writes a new assessment that restores what the cell said
 * before the undone one ("niet beoordeeld" if nothing), and never deletes.
 */
export async function undoAssessment(assessmentId: AssessmentId): Promise<Assessment> {
  return writeWithLights(
    [db().assessments, db().currentLights, db().settings],
    async (_append, store) => {
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
      const input = restoredLight(older.sort(compareNewestFirst)[0]);
      if (undone.meetingId) input.meetingId = undone.meetingId;
      const restore = {
        ...buildAssessment(
          undone.youthId,
          undone.conditionId,
          input,
          await currentActor(),
          nowAfter(currentLight(cell)?.assessedAt),
        ),
        undoes: undone.id,
      };
      // Undo takes a review out of the run: count it again from the history.
      await store(restore, { ...restore, ...redRunFields(redRun([...cell, restore])) });
      return restore;
    },
  );
}
