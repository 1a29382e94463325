import { beforeEach, describe, expect, it } from 'vitest';
import type { ConditionId } from '@/domain/ids';
import {
  planLightImport,
  proposeSheetMapping,
  readLightRows,
  type SheetCondition,
} from '@/domain/sheet-lights';
import { makeYouth } from '@/testing/factories';
import { freshDatabase } from '@/testing/test-database';
import { t } from '@/i18n/dictionary';
import { setLight } from './assessment-repository';
import { listConditions } from './condition-repository';
import { db } from './database';
import { importLightPlan, listKnownYouths } from './light-import-repository';

let conditions: SheetCondition[];
const labels = { placementType: t.placementType, perspective: t.perspective };

beforeEach(async () => {
  await freshDatabase();
  conditions = (await listConditions()).map(({ id, name, key }) => ({
    id,
    name,
    ...(key ? { key } : {}),
  }));
});

const headers = ['Initialen', 'Geboortedatum', 'Gemeente', 'Wonen', 'Toelichting wonen'];

async function plan(sheets: { fileName: string; month: string; rows: string[][] }[]) {
  const mapping = proposeSheetMapping(headers, conditions);
  return planLightImport(
    sheets.map((sheet) => ({
      ...sheet,
      rows: readLightRows([headers, ...sheet.rows], 0, mapping, 'none'),
    })),
    await listKnownYouths(),
    {
      today: '2026-12-07',
      labels,
      defaults: { location: 'De Linde', placementStart: '2026-09-01' },
    },
  );
}

const historyOf = async (youthId: string) =>
  (await db().assessments.toArray()).filter((a) => a.youthId === youthId);
const housing = () => conditions.find((c) => c.name === 'Wonen')!.id as ConditionId;

describe('importing light sheets', () => {
  it('writes new young people and every month, and the newest month is the current light', async () => {
    const result = await importLightPlan(
      await plan([
        {
          fileName: 'oktober.csv',
          month: '2026-10',
          rows: [['A.B.', '1-3-2008', 'Zwolle', 'rood', 'Wachtlijst']],
        },
        {
          fileName: 'november.csv',
          month: '2026-11',
          rows: [['A.B.', '1-3-2008', 'Zwolle', 'rood', 'Nog steeds wachtlijst']],
        },
      ]),
    );
    expect(result).toEqual({ youthsAdded: 1, lightsWritten: 2 });
    const [youth] = await db().youths.toArray();
    expect(youth).toMatchObject({ initials: 'A.B.', location: 'De Linde', status: 'placed' });
    const history = (await historyOf(youth!.id)).sort((a, b) =>
      a.assessedAt.localeCompare(b.assessedAt),
    );
    expect(history.map((a) => [a.assessedAt, a.reason, a.assessedBy])).toEqual([
      ['2026-10-31T12:00:00.000Z', 'Wachtlijst', 'import oktober.csv'],
      ['2026-11-30T12:00:00.000Z', 'Nog steeds wachtlijst', 'import november.csv'],
    ]);
    // Entered by the person importing.
    expect(history[0]!.updatedBy).not.toMatch(/^import/);
    const light = await db().currentLights.get([youth!.id, housing()]);
    expect(light).toMatchObject({ reason: 'Nog steeds wachtlijst', redStreak: 2 });
    expect(light!.redSince).toBe('2026-10-31T12:00:00.000Z');
  });

  it('adds an older month to a young person on the board without hiding the newer light', async () => {
    const youth = makeYouth({ initials: 'C.D.', birthDate: '2009-04-02' });
    await db().youths.add(youth);
    await setLight(youth.id, housing(), { colour: 'green' });
    await importLightPlan(
      await plan([
        {
          fileName: 'sept.csv',
          month: '2026-09',
          rows: [['C.D.', '2-4-2009', 'Zwolle', 'rood', '']],
        },
      ]),
    );
    expect(await db().youths.count()).toBe(1);
    expect(await historyOf(youth.id)).toHaveLength(2);
    expect(await db().currentLights.get([youth.id, housing()])).toMatchObject({
      colour: 'green',
      redStreak: 0,
    });
  });

  it('counts a red run across imported months and the red set after', async () => {
    const youth = makeYouth({ initials: 'E.F.', birthDate: '2009-05-05' });
    await db().youths.add(youth);
    await importLightPlan(
      await plan([
        { fileName: 'okt.csv', month: '2026-10', rows: [['E.F.', '5-5-2009', 'Zwolle', 'R', '']] },
        { fileName: 'nov.csv', month: '2026-11', rows: [['E.F.', '5-5-2009', 'Zwolle', 'R', '']] },
      ]),
    );
    await setLight(youth.id, housing(), { colour: 'red' });
    expect(await db().currentLights.get([youth.id, housing()])).toMatchObject({ redStreak: 3 });
  });

  it('refuses a plan with problems and writes nothing', async () => {
    const bad = await plan([
      {
        fileName: 'nov.csv',
        month: '2026-11',
        rows: [['A.B.', '1-3-2008', 'Zwolle', 'paars', '']],
      },
    ]);
    expect(bad.problems).not.toEqual([]);
    await expect(importLightPlan(bad)).rejects.toThrow();
    expect(await db().youths.count()).toBe(0);
    expect(await db().assessments.count()).toBe(0);
  });

  it('writes nothing when one record fails', async () => {
    const good = await plan([
      { fileName: 'nov.csv', month: '2026-11', rows: [['A.B.', '1-3-2008', 'Zwolle', 'rood', '']] },
    ]);
    // A light for a young person that was removed in the meantime.
    await db().youths.add(makeYouth({ id: 'gone' as never }));
    const broken = {
      ...good,
      youths: [
        ...good.youths,
        {
          key: 'x',
          match: {
            kind: 'existing' as const,
            youth: { id: 'missing', initials: 'X', birthDate: '' },
          },
          initials: 'X',
          latest: { fileName: 'nov.csv', rowNumber: 9, lights: [] },
        },
      ],
    };
    await expect(importLightPlan(broken)).rejects.toThrow();
    expect(await db().youths.count()).toBe(1);
    expect(await db().assessments.count()).toBe(0);
  });
});
