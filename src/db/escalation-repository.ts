import {
  escalationViews,
  isEscalationOpen,
  type Escalation,
  type EscalationUpdate,
  type EscalationView,
} from '@/domain/escalation';
import type { AnswerFields, CloseFields, EscalationFields } from '@/domain/escalation-form';
import type { EscalationId, EscalationUpdateId, MeetingId, YouthId } from '@/domain/ids';
import type { IsoDate } from '@/domain/types';
import { createId, createMeta } from './clock';
import { db } from './database';
import { guarded, StorageError } from './errors';
import { currentActor } from './settings-repository';

/*
 * The only code that touches `escalations` and `escalationUpdates`. Both are
 * append-only: an escalation is written once, and every answer or closing is
 * a new update, stamped with who recorded it. Nothing here changes or deletes
 * a record (erasure of a young person does, in erasure-queries.ts).
 */

/** Every escalation of one young person with its state on `today` (open first). */
export async function escalationsOfYouth(
  youthId: YouthId,
  today: IsoDate,
): Promise<EscalationView[]> {
  return escalationsForYouths([youthId], today);
}

/** Every escalation of these young people with its state on `today` (open first). */
export async function escalationsForYouths(
  youthIds: readonly YouthId[],
  today: IsoDate,
): Promise<EscalationView[]> {
  if (youthIds.length === 0) return [];
  const d = db();
  const [escalations, updates] = await d.transaction(
    'r',
    [d.escalations, d.escalationUpdates],
    () =>
      Promise.all([
        d.escalations
          .where('youthId')
          .anyOf([...youthIds])
          .toArray(),
        d.escalationUpdates
          .where('youthId')
          .anyOf([...youthIds])
          .toArray(),
      ]),
  );
  return escalationViews(escalations, updates, today);
}

/** Every escalation on the board with its state on `today` (open first). */
export async function listEscalations(today: IsoDate): Promise<EscalationView[]> {
  const d = db();
  const [escalations, updates] = await d.transaction(
    'r',
    [d.escalations, d.escalationUpdates],
    () => Promise.all([d.escalations.toArray(), d.escalationUpdates.toArray()]),
  );
  return escalationViews(escalations, updates, today);
}

/**
 * The stored escalations and updates as they are, of these young people (or of
 * everyone): for a report that takes its own date (`openEscalationsAsOf`).
 */
export async function escalationRecords(
  youthIds?: readonly YouthId[],
): Promise<{ escalations: Escalation[]; updates: EscalationUpdate[] }> {
  const d = db();
  const [escalations, updates] = await d.transaction(
    'r',
    [d.escalations, d.escalationUpdates],
    () =>
      youthIds
        ? Promise.all([
            d.escalations
              .where('youthId')
              .anyOf([...youthIds])
              .toArray(),
            d.escalationUpdates
              .where('youthId')
              .anyOf([...youthIds])
              .toArray(),
          ])
        : Promise.all([d.escalations.toArray(), d.escalationUpdates.toArray()]),
  );
  return { escalations, updates };
}

/**
 * The escalations not closed (waiting for an answer, or answered and not yet
 * closed), for Aandacht, the six-weekly summary, the monthly report and the
 * share file; with `youthIds`, only theirs.
 */
export async function listOpenEscalations(
  today: IsoDate,
  youthIds?: readonly YouthId[],
): Promise<EscalationView[]> {
  const views = youthIds
    ? await escalationsForYouths(youthIds, today)
    : await listEscalations(today);
  return views.filter(isEscalationOpen);
}

type Check = <T>(table: 'escalations' | 'escalationUpdates', record: T) => T;

/**
 * The stored value rules, loaded when something is written: the board's first
 * download reads open escalations for its signals and should not carry them.
 * Loaded before a transaction opens (no other async work inside one).
 */
async function loadCheck(): Promise<Check> {
  const { recordBreak } = await import('@/domain/record-rules');
  return (table, record) => {
    if (recordBreak(table, record)) throw new StorageError('invalid');
    return record;
  };
}

/** Records a new escalation of a young person (and, optionally, one of the conditions). */
export async function recordEscalation(
  youthId: YouthId,
  fields: EscalationFields,
  options: { meetingId?: MeetingId } = {},
): Promise<Escalation> {
  const d = db();
  const checked = await loadCheck();
  return guarded(() =>
    d.transaction('rw', [d.escalations, d.youths, d.conditions, d.settings], async () => {
      if (!(await d.youths.get(youthId))) throw new StorageError('notFound');
      if (fields.conditionId && !(await d.conditions.get(fields.conditionId)))
        throw new StorageError('notFound');
      const escalation = checked<Escalation>('escalations', {
        id: createId<EscalationId>(),
        youthId,
        question: fields.question.trim(),
        askedOf: fields.askedOf.trim(),
        raisedOn: fields.raisedOn,
        answerDueOn: fields.answerDueOn,
        ...(fields.conditionId ? { conditionId: fields.conditionId } : {}),
        ...(options.meetingId ? { meetingId: options.meetingId } : {}),
        ...createMeta(await currentActor()),
      });
      await d.escalations.add(escalation);
      return escalation;
    }),
  );
}

async function appendUpdate(
  escalationId: EscalationId,
  make: (
    escalation: Escalation,
  ) => Omit<EscalationUpdate, 'id' | keyof ReturnType<typeof createMeta>>,
): Promise<EscalationUpdate> {
  const d = db();
  const checked = await loadCheck();
  return guarded(() =>
    d.transaction('rw', [d.escalations, d.escalationUpdates, d.settings], async () => {
      const escalation = await d.escalations.get(escalationId);
      if (!escalation) throw new StorageError('notFound');
      const updates = await d.escalationUpdates
        .where('youthId')
        .equals(escalation.youthId)
        .toArray();
      // A closed escalation stays closed: a new question is a new escalation.
      if (
        updates.some((update) => update.escalationId === escalationId && update.kind === 'closed')
      )
        throw new StorageError('invalid');
      const update = checked<EscalationUpdate>('escalationUpdates', {
        id: createId<EscalationUpdateId>(),
        ...make(escalation),
        ...createMeta(await currentActor()),
      });
      await d.escalationUpdates.add(update);
      return update;
    }),
  );
}

/** The municipality's answer and what it came down to. */
export function recordEscalationAnswer(
  escalationId: EscalationId,
  fields: AnswerFields,
  options: { meetingId?: MeetingId } = {},
): Promise<EscalationUpdate> {
  return appendUpdate(escalationId, (escalation) => ({
    escalationId,
    youthId: escalation.youthId,
    kind: 'answer',
    on: fields.on,
    answer: fields.answer.trim(),
    outcome: fields.outcome,
    ...(fields.note.trim() ? { note: fields.note.trim() } : {}),
    ...(options.meetingId ? { meetingId: options.meetingId } : {}),
  }));
}

/** Closes an escalation; it stays in the history. */
export function closeEscalation(
  escalationId: EscalationId,
  fields: CloseFields,
  options: { meetingId?: MeetingId } = {},
): Promise<EscalationUpdate> {
  return appendUpdate(escalationId, (escalation) => ({
    escalationId,
    youthId: escalation.youthId,
    kind: 'closed',
    on: fields.on,
    ...(fields.note.trim() ? { note: fields.note.trim() } : {}),
    ...(options.meetingId ? { meetingId: options.meetingId } : {}),
  }));
}
