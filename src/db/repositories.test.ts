import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ConditionId, YouthId } from '@/domain/ids';
import { freshDatabase, TEST_PERSON } from '@/testing/test-database';
import { listConditions, reorderConditions, setConditionRetired } from './condition-repository';
import {
  historyForYouth,
  listCurrentLights,
  setLight,
  undoAssessment,
} from './assessment-repository';
import { completeAction } from './action-repository';
import { clock } from './clock';
import type { UitstroombordDatabase } from './database';
import { addYouth, listLeftYouths, listPlacedYouths, registerOutflow } from './youth-repository';
import { updateSettings } from './settings-repository';
import { makeYouthFields } from '@/testing/factories';

const fields = makeYouthFields({ plannedEnd: '2027-01-01', coordinator: 'Sanne W.' });

let database: UitstroombordDatabase;
beforeEach(async () => {
  database = await freshDatabase();
});
afterEach(() => database.close());

describe('conditions', () => {
  it('seeds the eight default conditions once, 18+ from age 16', async () => {
    const conditions = await listConditions();
    expect(conditions.map((c) => c.name)).toEqual([
      'Wonen',
      'Onderwijs / werk',
      'Vervolghulp',
      '18+ overgang',
      'Financiën',
      'Netwerk',
      'Zelfstandigheid',
      'Behandeling afgerond',
    ]);
    expect(conditions.find((c) => c.key === 'transition18')?.appliesFromAge).toBe(16);
  });

  it('reorders and retires without deleting', async () => {
    const conditions = await listConditions();
    const ids = conditions.map((c) => c.id);
    await reorderConditions([ids[2], ids[0], ids[1], ...ids.slice(3)] as ConditionId[]);
    await setConditionRetired(ids[0] as ConditionId, true);
    const after = await listConditions();
    expect(after.map((c) => c.id).slice(0, 3)).toEqual([ids[2], ids[0], ids[1]]);
    expect(after).toHaveLength(8);
    expect(after.find((c) => c.id === ids[0])?.retired).toBe(true);
  });
});

describe('lights', () => {
  it('appends history, keeps the newest as current light and stamps who did it', async () => {
    await updateSettings({ userName: 'Joyce' });
    const youth = await addYouth(fields);
    const [housing] = await listConditions();
    const first = await setLight(youth.id, housing!.id, { colour: 'red', reason: 'Geen plek' });
    const second = await setLight(youth.id, housing!.id, {
      colour: 'amber',
      action: 'Aanmelden',
      actionOwner: 'Sanne',
    });
    const history = await historyForYouth(youth.id);
    expect(history.map((a) => a.id)).toEqual([second.id, first.id]);
    expect(second.assessedBy).toBe('Joyce');
    expect(second.updatedBy).toBe('Joyce');
    const current = await listCurrentLights();
    expect(current).toHaveLength(1);
    expect(current[0]?.colour).toBe('amber');
  });

  it('undo appends a record restoring the previous light, or niet beoordeeld', async () => {
    const youth = await addYouth(fields);
    const [housing] = await listConditions();
    const red = await setLight(youth.id, housing!.id, { colour: 'red', reason: 'Geen plek' });
    const green = await setLight(youth.id, housing!.id, { colour: 'green' });
    const restored = await undoAssessment(green.id);
    expect(restored).toMatchObject({ colour: 'red', reason: 'Geen plek', undoes: green.id });
    expect((await listCurrentLights())[0]?.colour).toBe('red');
    const backToNothing = await undoAssessment(red.id);
    expect(backToNothing.colour).toBe('unassessed');
    expect(await historyForYouth(youth.id)).toHaveLength(4);
  });

  it('keeps the write order of one cell when the clock stands still or was set back', async () => {
    const youth = await addYouth(fields);
    const [housing] = await listConditions();
    const now = vi.spyOn(clock, 'now').mockReturnValue(new Date('2026-11-27T10:00:00.000Z'));
    try {
      const red = await setLight(youth.id, housing!.id, {
        colour: 'red',
        reason: 'Geen plek',
        action: 'Bellen',
      });
      const green = await setLight(youth.id, housing!.id, { colour: 'green' });
      // Set back by an hour (a corrected clock): still after what the cell already has.
      now.mockReturnValue(new Date('2026-11-27T09:00:00.000Z'));
      const amber = await setLight(youth.id, housing!.id, { colour: 'amber', action: 'Mailen' });
      const done = await completeAction(youth.id, housing!.id, amber.id);
      const restored = await undoAssessment(done.id);
      expect([red, green, amber, done, restored].map((a) => a.assessedAt)).toEqual([
        '2026-11-27T10:00:00.000Z',
        '2026-11-27T10:00:00.001Z',
        '2026-11-27T10:00:00.002Z',
        '2026-11-27T10:00:00.003Z',
        '2026-11-27T10:00:00.004Z',
      ]);
      expect(done.createdAt).toBe(done.assessedAt);
      // Undo brings back what came just before, and the newest record is the current light.
      expect(restored).toMatchObject({ colour: 'amber', action: 'Mailen', undoes: done.id });
      expect((await listCurrentLights())[0]?.id).toBe(restored.id);
      expect((await historyForYouth(youth.id)).map((a) => a.id)).toEqual(
        [restored, done, amber, green, red].map((a) => a.id),
      );
    } finally {
      now.mockRestore();
    }
  });

  it("stores the owner's role with the light, and 'Afgerond' closes it with the action", async () => {
    const youth = await addYouth(fields);
    const [housing] = await listConditions();
    const red = await setLight(youth.id, housing!.id, {
      colour: 'red',
      action: 'Aanmelden',
      actionOwner: 'Ilse',
      actionOwnerRole: 'mentor',
    });
    expect(red.actionOwnerRole).toBe('mentor');
    expect((await listCurrentLights())[0]?.actionOwnerRole).toBe('mentor');
    const done = await completeAction(youth.id, housing!.id, red.id);
    expect(done).toMatchObject({ action: '', actionOwner: '' });
    expect(done).not.toHaveProperty('actionOwnerRole');
    await expect(
      setLight(youth.id, housing!.id, { colour: 'red', actionOwnerRole: 'baas' as never }),
    ).rejects.toMatchObject({ code: 'invalid' });
  });

  it('writes nothing when the young person does not exist', async () => {
    const [housing] = await listConditions();
    await expect(
      setLight('missing' as YouthId, housing!.id, { colour: 'red' }),
    ).rejects.toMatchObject({
      code: 'notFound',
    });
    expect(await database.assessments.count()).toBe(0);
    expect(await database.currentLights.count()).toBe(0);
  });

  it('refuses a light a backup could not hold (too long, impossible date), writing nothing', async () => {
    const youth = await addYouth(fields);
    const [housing] = await listConditions();
    for (const input of [
      { colour: 'red' as const, reason: 'x'.repeat(5001) },
      { colour: 'amber' as const, action: 'Bellen', dueDate: '2026-02-31' },
    ]) {
      await expect(setLight(youth.id, housing!.id, input)).rejects.toMatchObject({
        code: 'invalid',
      });
    }
    expect(await database.assessments.count()).toBe(0);
    expect(await database.currentLights.count()).toBe(0);
  });

  it('rolls the history record back when the current-light write fails', async () => {
    const youth = await addYouth(fields);
    const [housing] = await listConditions();
    database.currentLights.hook('creating', () => {
      throw new Error('disk full');
    });
    await expect(setLight(youth.id, housing!.id, { colour: 'red' })).rejects.toThrow();
    expect(await database.assessments.count()).toBe(0);
  });
});

describe('young people', () => {
  it('registers outflow: off the board, on the Uitgestroomd list', async () => {
    const youth = await addYouth(fields);
    await registerOutflow(youth.id, '2026-11-01', 'begeleidWonen');
    expect(await listPlacedYouths()).toHaveLength(0);
    expect(await listLeftYouths()).toMatchObject([
      { id: youth.id, leftOn: '2026-11-01', actualDestination: 'begeleidWonen' },
    ]);
  });

  it('stores UUID keys, ISO dates and the sync fields, no empty optional fields', async () => {
    const youth = await addYouth(fields);
    expect(youth.id).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(youth.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(youth.updatedBy).toBe(TEST_PERSON);
    expect('clientNumber' in youth).toBe(false);
    expect(Object.keys(youth).some((key) => key.startsWith('_'))).toBe(false);
  });
});
