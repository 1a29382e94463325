import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SYSTEM_AUTHOR, UNKNOWN_PERSON } from '@/domain/identity';
import { makeYouthFields } from '@/testing/factories';
import { freshDatabase } from '@/testing/test-database';
import { setLight } from './assessment-repository';
import { addCondition, listConditions } from './condition-repository';
import { SETTINGS_ID, type UitstroombordDatabase } from './database';
import { StorageError } from './errors';
import { getSettings, saveIdentity, switchPerson, updateSettings } from './settings-repository';
import { addYouth } from './youth-repository';

/** Every stored record's author, whatever the table. */
async function authors(database: UitstroombordDatabase): Promise<string[]> {
  const found: string[] = [];
  for (const table of database.tables) {
    for (const record of (await table.toArray()) as { updatedBy?: string; assessedBy?: string }[]) {
      if (record.updatedBy !== undefined) found.push(record.updatedBy);
      if (record.assessedBy !== undefined) found.push(record.assessedBy);
    }
  }
  return found;
}

const refusal = (write: Promise<unknown>) =>
  write.then(
    () => undefined,
    (error: unknown) => error,
  );

let database: UitstroombordDatabase;
afterEach(() => database.close());

describe('before anyone has said who they are', () => {
  beforeEach(async () => {
    database = await freshDatabase({ person: false });
  });

  it('the default conditions are written by the app, not "door Onbekend"', async () => {
    const conditions = await listConditions();
    expect(conditions).toHaveLength(8);
    expect(new Set(conditions.map((condition) => condition.updatedBy))).toEqual(
      new Set([SYSTEM_AUTHOR]),
    );
    expect((await getSettings()).userName).toBe(UNKNOWN_PERSON);
    expect(await authors(database)).not.toContain(UNKNOWN_PERSON);
  });

  it('refuses a write instead of stamping it "Onbekend", and writes nothing', async () => {
    const youth = await refusal(addYouth(makeYouthFields()));
    expect(youth).toBeInstanceOf(StorageError);
    expect((youth as StorageError).code).toBe('anonymous');
    const condition = await refusal(
      addCondition({
        name: 'Vervoer',
        description: '',
        criteria: { red: '', amber: '', green: '' },
      }),
    );
    expect((condition as StorageError).code).toBe('anonymous');

    expect(await database.youths.count()).toBe(0);
    expect(await database.conditions.count()).toBe(8);
    expect(await authors(database)).not.toContain(UNKNOWN_PERSON);
  });

  it('stamps every write with the name once it is given', async () => {
    await saveIdentity({
      audience: 'provider',
      userName: 'Anna de Boer',
      providerName: 'De Linde',
    });
    const youth = await addYouth(makeYouthFields());
    const [housing] = await listConditions();
    const light = await setLight(youth.id, housing!.id, { colour: 'red', reason: 'Geen plek' });
    expect(youth.updatedBy).toBe('Anna de Boer');
    expect(light).toMatchObject({ assessedBy: 'Anna de Boer', updatedBy: 'Anna de Boer' });
  });
});

describe('a person cannot become "Onbekend" (or the app) later', () => {
  beforeEach(async () => {
    database = await freshDatabase({ person: 'Anna' });
  });

  it.each([UNKNOWN_PERSON, ' onbekend ', '', SYSTEM_AUTHOR])(
    'refuses %j as a name on every settings path',
    async (name) => {
      const before = await getSettings();
      for (const write of [
        () => updateSettings({ userName: name }),
        () => switchPerson(name),
        () => saveIdentity({ audience: 'provider', userName: name, providerName: 'De Linde' }),
      ]) {
        expect(((await refusal(write())) as StorageError).code).toBe('invalid');
      }
      expect(await getSettings()).toEqual(before);
    },
  );

  it('refuses a light on a browser whose stored name is the placeholder (an old database)', async () => {
    const youth = await addYouth(makeYouthFields());
    const [housing] = await listConditions();
    await database.settings.update(SETTINGS_ID, { userName: UNKNOWN_PERSON });

    const error = await refusal(setLight(youth.id, housing!.id, { colour: 'green' }));
    expect((error as StorageError).code).toBe('anonymous');
    expect(await database.assessments.count()).toBe(0);
  });
});
