import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AssessmentId, MeetingId } from '@/domain/ids';
import type { Condition, Youth } from '@/domain/types';
import {
  makeAssessment,
  makeCondition,
  makeEscalation,
  makeEscalationUpdate,
  makeYouth,
} from '@/testing/factories';
import { freshDatabase } from '@/testing/test-database';
import { SETTINGS_ID, type UitstroombordDatabase } from './database';
import { findBadRecords, removeBadRecord, repairRecord, type BadRecord } from './data-health';
import { StorageError } from './errors';

let database: UitstroombordDatabase;
let youth: Youth;
let condition: Condition;
beforeEach(async () => {
  database = await freshDatabase();
  youth = makeYouth({ initials: 'K.L.' });
  await database.youths.add(youth);
  condition = (await database.conditions.toArray())[0]!;
});
afterEach(() => database.close());

const cell = () => ({ youthId: youth.id, conditionId: condition.id });

async function onlyBad(): Promise<BadRecord> {
  const found = await findBadRecords();
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe('repair fixes the reference breaks it offers to fix', () => {
  it.each(['undoes', 'actionFrom', 'meetingId'] as const)(
    'an assessment whose %s names nothing: the dangling reference goes, the rest stays',
    async (field) => {
      const light = makeAssessment({ ...cell(), reason: 'Geen kamer', [field]: 'gone' });
      await database.assessments.add(light);
      const found = await onlyBad();
      expect(found).toMatchObject({ table: 'assessments', field, repairable: true });

      await repairRecord('assessments', found.key);

      const [stored] = await database.assessments.toArray();
      expect(stored).toMatchObject({ id: light.id, reason: 'Geen kamer', colour: 'red' });
      expect(stored).not.toHaveProperty(field);
      expect(await findBadRecords()).toEqual([]);
    },
  );

  it('an escalation or answer in a meeting that does not exist, an escalation of a condition that does not', async () => {
    const escalation = makeEscalation({
      youthId: youth.id,
      conditionId: 'gone' as never,
      meetingId: 'gone' as MeetingId,
    });
    const update = makeEscalationUpdate({
      escalationId: escalation.id,
      youthId: youth.id,
      meetingId: 'gone' as MeetingId,
    });
    await database.escalations.add(escalation);
    await database.escalationUpdates.add(update);
    const found = await findBadRecords();
    expect(found.map((item) => [item.table, item.field, item.repairable])).toEqual([
      ['escalations', 'conditionId', true],
      ['escalationUpdates', 'meetingId', true],
    ]);
    for (const item of found) await repairRecord(item.table, item.key);
    expect(await findBadRecords()).toEqual([]);
    expect(await database.escalations.get(escalation.id)).toMatchObject({
      question: escalation.question,
    });
    expect(await database.escalationUpdates.get(update.id)).toMatchObject({
      answer: update.answer,
    });
  });

  it('a field the app never writes goes', async () => {
    await database.assessments.add({
      ...makeAssessment(cell()),
      fullName: 'Jan de Vries',
    } as never);
    const found = await onlyBad();
    expect(found).toMatchObject({ field: 'fullName', problem: 'unknown', repairable: true });
    await repairRecord('assessments', found.key);
    expect(await database.assessments.toArray()).toEqual([
      expect.not.objectContaining({ fullName: expect.anything() }),
    ]);
    expect(await findBadRecords()).toEqual([]);
  });
});

describe('what repair cannot fix is not offered as a repair', () => {
  it.each([
    ['without its outcome', { outcome: undefined }, 'outcome'],
    ['without its answer', { answer: '' }, 'answer'],
  ] as const)('an escalation answer %s: remove only', async (_what, change, field) => {
    const escalation = makeEscalation({ youthId: youth.id });
    await database.escalations.add(escalation);
    const update = makeEscalationUpdate({ escalationId: escalation.id, youthId: youth.id });
    await database.escalationUpdates.add({ ...update, ...change });
    const found = await onlyBad();
    expect(found).toMatchObject({
      table: 'escalationUpdates',
      field,
      repairable: false,
      removable: true,
    });
    const refused = await repairRecord('escalationUpdates', found.key).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(StorageError);
    await removeBadRecord('escalationUpdates', found.key);
    expect(await findBadRecords()).toEqual([]);
  });

  it('an assessment of a young person who does not exist: remove only', async () => {
    await database.assessments.add(makeAssessment({ ...cell(), youthId: 'nobody' as never }));
    expect(await onlyBad()).toMatchObject({ field: 'youthId', repairable: false, removable: true });
  });
});

describe('the repair of an assessment keeps its place in the history', () => {
  it('keeps the id, so lights that undo it or carry its action still name it', async () => {
    const first = makeAssessment({
      ...cell(),
      id: 'a-1' as AssessmentId,
      dueDate: '2026-02-30',
      assessedAt: '2026-10-01T10:00:00.000Z',
    });
    const undo = makeAssessment({ ...cell(), undoes: first.id, colour: 'amber' });
    const carried = makeAssessment({ ...cell(), actionFrom: first.id, colour: 'amber' });
    await database.assessments.bulkAdd([first, undo, carried]);
    const found = await onlyBad();
    expect(found).toMatchObject({ id: 'a-1', field: 'dueDate', repairable: true });

    await repairRecord('assessments', found.key);

    const repaired = await database.assessments.get(first.id);
    expect(repaired).toMatchObject({ id: 'a-1', assessedAt: first.assessedAt, colour: 'red' });
    expect(repaired).not.toHaveProperty('dueDate');
    expect(repaired!.updatedAt > first.updatedAt).toBe(true);
    expect(await database.assessments.count()).toBe(3);
    expect(await findBadRecords()).toEqual([]);
  });
});

describe('a condition or settings record under an id the app never gives', () => {
  it('a condition nothing names can be removed', async () => {
    await database.conditions.add(makeCondition({ id: 'kapot id' as never }));
    const found = await onlyBad();
    expect(found).toMatchObject({ table: 'conditions', field: 'id', removable: true });
    await removeBadRecord('conditions', found.key);
    expect(await findBadRecords()).toEqual([]);
  });

  it('a condition a light still names cannot, until that light is removed', async () => {
    await database.conditions.add(makeCondition({ id: 'kapot id' as never }));
    await database.assessments.add(makeAssessment({ ...cell(), conditionId: 'kapot id' as never }));
    const found = await findBadRecords();
    const bad = found.find((item) => item.table === 'conditions')!;
    expect(bad).toMatchObject({ repairable: false, removable: false });
    await expect(removeBadRecord('conditions', bad.key)).rejects.toBeInstanceOf(StorageError);
    const light = found.find((item) => item.table === 'assessments')!;
    expect(light).toMatchObject({ field: 'conditionId', removable: true });

    await removeBadRecord('assessments', light.key);
    expect(await onlyBad()).toMatchObject({ table: 'conditions', removable: true });
  });

  it('a stray settings record can be removed; the settings this device works with never', async () => {
    const at = '2026-11-01T10:00:00.000Z';
    await database.settings.put({
      id: SETTINGS_ID,
      userName: 'Sanne',
      conditionsSeeded: true,
      createdAt: at,
      updatedAt: at,
      updatedBy: 'Sanne',
    });
    await database.settings.add({
      id: 'kapot\nid',
      userName: '',
      conditionsSeeded: false,
      createdAt: at,
      updatedAt: at,
      updatedBy: '',
    });
    const found = await onlyBad();
    expect(found).toMatchObject({ table: 'settings', field: 'id', removable: true });
    await removeBadRecord('settings', found.key);
    expect(await findBadRecords()).toEqual([]);
    await expect(removeBadRecord('settings', SETTINGS_ID)).rejects.toBeInstanceOf(StorageError);
    expect(await database.settings.get(SETTINGS_ID)).toMatchObject({ userName: 'Sanne' });
  });
});
