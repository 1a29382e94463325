import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EscalationId, YouthId } from '@/domain/ids';
import { freshDatabase } from '@/testing/test-database';
import { makeYouthFields } from '@/testing/factories';
import type { UitstroombordDatabase } from './database';
import {
  closeEscalation,
  escalationsForYouths,
  escalationsOfYouth,
  listOpenEscalations,
  recordEscalation,
  recordEscalationAnswer,
} from './escalation-repository';
import { erasureCounts, eraseYouths } from './erasure-queries';
import { StorageError } from './errors';
import { updateSettings } from './settings-repository';
import { addYouth } from './youth-repository';
import { findBadRecords } from './data-health';

let database: UitstroombordDatabase;
beforeEach(async () => {
  database = await freshDatabase();
  await updateSettings({ userName: 'Sanne' });
});
afterEach(() => database.close());

const fields = {
  question: 'Een plek begeleid wonen',
  askedOf: 'contractmanager',
  raisedOn: '2026-11-01',
  answerDueOn: '2026-11-15',
};

async function youth(initials = 'A.B.'): Promise<YouthId> {
  return (await addYouth(makeYouthFields({ initials }))).id;
}

describe('escalation repository', () => {
  it('records an escalation, its answer and its closing, each stamped and never changed', async () => {
    const id = await youth();
    const [condition] = await database.conditions.toArray();
    const escalation = await recordEscalation(id, { ...fields, conditionId: condition!.id });
    expect(escalation).toMatchObject({
      youthId: id,
      updatedBy: 'Sanne',
      conditionId: condition!.id,
    });

    expect((await escalationsOfYouth(id, '2026-11-20'))[0]).toMatchObject({
      status: 'open',
      overdue: true,
    });

    await recordEscalationAnswer(escalation.id, {
      answer: 'Nog geen plek',
      on: '2026-11-16',
      outcome: 'ongoing',
      note: '',
    });
    await updateSettings({ userName: 'Ahmed' });
    await recordEscalationAnswer(escalation.id, {
      answer: 'Plek per januari',
      on: '2026-11-25',
      outcome: 'resolved',
      note: 'Toegewezen',
    });
    expect(await listOpenEscalations('2026-11-30')).toHaveLength(1);
    const closing = await closeEscalation(escalation.id, { on: '2026-11-30', note: '' });
    expect(closing).toMatchObject({ kind: 'closed', updatedBy: 'Ahmed', youthId: id });
    expect(closing).not.toHaveProperty('note');

    const [view] = await escalationsOfYouth(id, '2026-11-30');
    expect(view!.status).toBe('closed');
    expect(view!.updates.map((update) => [update.kind, update.outcome, update.updatedBy])).toEqual([
      ['answer', 'ongoing', 'Sanne'],
      ['answer', 'resolved', 'Ahmed'],
      ['closed', undefined, 'Ahmed'],
    ]);
    // The escalation itself is as it was written.
    expect(await database.escalations.get(escalation.id)).toEqual(escalation);
    expect(await listOpenEscalations('2026-11-30')).toEqual([]);
    expect(await findBadRecords()).toEqual([]);
  });

  it('refuses an answer to a closed escalation, an unknown one, or an unknown young person', async () => {
    const id = await youth();
    const escalation = await recordEscalation(id, fields);
    await closeEscalation(escalation.id, { on: '2026-11-02', note: 'Ingetrokken' });
    const answer = { answer: 'Ja', on: '2026-11-03', outcome: 'resolved' as const, note: '' };
    await expect(recordEscalationAnswer(escalation.id, answer)).rejects.toMatchObject({
      code: 'invalid',
    });
    await expect(recordEscalationAnswer('gone' as EscalationId, answer)).rejects.toBeInstanceOf(
      StorageError,
    );
    await expect(recordEscalation('gone' as YouthId, fields)).rejects.toMatchObject({
      code: 'notFound',
    });
    await expect(recordEscalation(id, { ...fields, question: ' ' })).rejects.toMatchObject({
      code: 'invalid',
    });
    expect(await database.escalationUpdates.count()).toBe(1);
  });

  it('lists escalations for some young people and open ones of those only', async () => {
    const a = await youth('A.A.');
    const b = await youth('B.B.');
    await recordEscalation(a, fields);
    await recordEscalation(b, fields);
    expect(await escalationsForYouths([a], '2026-11-02')).toHaveLength(1);
    expect(await listOpenEscalations('2026-11-02', [b])).toHaveLength(1);
    expect(await listOpenEscalations('2026-11-02')).toHaveLength(2);
  });

  it('erasing a young person erases the escalations and their answers', async () => {
    const a = await youth('A.A.');
    const b = await youth('B.B.');
    const escalation = await recordEscalation(a, fields);
    await recordEscalationAnswer(escalation.id, {
      answer: 'Nee',
      on: '2026-11-02',
      outcome: 'rejected',
      note: '',
    });
    await recordEscalation(b, fields);
    expect((await erasureCounts(a)).escalations).toBe(1);
    await eraseYouths([a]);
    expect(await database.escalations.where('youthId').equals(a).count()).toBe(0);
    expect(await database.escalationUpdates.count()).toBe(0);
    expect(await database.escalations.count()).toBe(1);
  });
});
