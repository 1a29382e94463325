import type { AssessmentId, ConditionId, YouthId } from '@/domain/ids';
import { nextRedRun, redRunFields, type CompletedActionField } from '@/domain/signals';
import type { Assessment, CurrentLight, IsoDate } from '@/domain/types';
import { createId, createMeta, nowAfter } from './clock';
import { db } from './database';
import { writeWithLights } from './assessment-repository';
import { StorageError } from './errors';
import { currentActor } from './settings-repository';

export type ActionAssessment = Assessment & CompletedActionField;

type Change = { kind: 'complete' } | { kind: 'replan'; dueDate: IsoDate; actionOwner: string };

/**
 * Appends a review of the same colour that closes or re-plans the action of
 * the cell's current light: history stays append-only and shows what happened.
 * `expectedId` guards against acting on a light someone changed meanwhile.
 */
async function appendActionChange(
  youthId: YouthId,
  conditionId: ConditionId,
  expectedId: AssessmentId,
  change: Change,
): Promise<ActionAssessment> {
  return writeWithLights(
    [db().assessments, db().currentLights, db().settings],
    async (_append, store) => {
      const current = await db().currentLights.get([youthId, conditionId]);
      if (!current || current.id !== expectedId || !current.action.trim())
        throw new StorageError('notFound');
      const actor = await currentActor();
      const meta = createMeta(actor, nowAfter(current.assessedAt));
      const {
        id: _id,
        undoes: _undoes,
        meetingId: _meetingId,
        dueDate: _dueDate,
        completedAction: _completed,
        // Closing or re-planning the action is saying it anew: no longer "uit vorig licht".
        actionFrom: _actionFrom,
        redStreak: _streak,
        redSince: _since,
        ...kept
      } = current as ActionAssessment & CurrentLight;
      const next: ActionAssessment = {
        ...kept,
        id: createId<AssessmentId>(),
        assessedAt: meta.createdAt,
        assessedBy: actor,
        ...meta,
      };
      if (change.kind === 'complete') {
        next.completedAction = current.action;
        next.action = '';
        next.actionOwner = '';
        delete next.actionOwnerRole;
      } else {
        next.dueDate = change.dueDate;
        next.actionOwner = change.actionOwner.trim();
      }
      await store(next, { ...next, ...redRunFields(nextRedRun(current, next)) });
      return next;
    },
  );
}

/** "Afgerond": the action is done; the light keeps its colour until someone reassesses it. */
export function completeAction(
  youthId: YouthId,
  conditionId: ConditionId,
  expectedId: AssessmentId,
): Promise<ActionAssessment> {
  return appendActionChange(youthId, conditionId, expectedId, { kind: 'complete' });
}

/** "Opnieuw plannen": a new due date and owner for the same action. */
export function replanAction(
  youthId: YouthId,
  conditionId: ConditionId,
  expectedId: AssessmentId,
  plan: { dueDate: IsoDate; actionOwner: string },
): Promise<ActionAssessment> {
  return appendActionChange(youthId, conditionId, expectedId, { kind: 'replan', ...plan });
}
