import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { assessmentsOfYouths } from './assessments-by-youth';
import { UitstroombordDatabase, setDatabase } from './database';
import {
  CURRENT_SCHEMA_VERSION,
  SCHEMA_V1,
  SCHEMA_V2,
  SCHEMA_V3,
  SCHEMA_V4,
  SCHEMA_V5,
  SCHEMA_REPORT_NOTES,
  SCHEMA_ESCALATIONS,
  SCHEMA_VERSIONS,
} from './schema';
import { getReportNote, saveReportNote } from './report-note-repository';

const youth = {
  id: '6f1f1c2e-4b1a-4c4e-9a53-1d1f0f6c2a11',
  initials: 'A.B.',
  birthDate: '2009-03-01',
  municipality: 'Zwolle',
  location: 'De Linde',
  placementType: 'groep',
  placementStart: '2025-01-10',
  status: 'placed',
  createdAt: '2026-01-01T10:00:00.000Z',
  updatedAt: '2026-01-01T10:00:00.000Z',
  updatedBy: 'Sanne',
};
const light = {
  id: '9d2d6a0e-0c55-4d8b-8f0e-7bb9a1f5b111',
  youthId: youth.id,
  conditionId: '1a2b3c4d-0000-4000-8000-000000000001',
  colour: 'red',
  reason: 'Geen plek',
  action: 'Aanmelden',
  actionOwner: 'Sanne',
  dueDate: '2026-12-01',
  discussedWithYouth: 'agreed',
  assessedAt: '2026-11-01T10:00:00.000Z',
  assessedBy: 'Sanne',
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-01T10:00:00.000Z',
  updatedBy: 'Sanne',
};

describe('schema migrations', () => {
  it('opens a database written by version 1 and keeps all its data', async () => {
    const name = `migration-v1-${Math.random()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1.stores);
    await v1.open();
    await v1.table('youths').add(youth);
    await v1.table('assessments').add(light);
    await v1.table('currentLights').add(light);
    await v1.table('settings').add({ id: 'settings', userName: 'Sanne', conditionsSeeded: true });
    v1.close();

    const current = new UitstroombordDatabase(name);
    await current.open();
    expect(current.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version);
    expect(await current.youths.toArray()).toEqual([youth]);
    expect(await current.assessments.toArray()).toEqual([light]);
    expect(await current.settings.get('settings')).toMatchObject({ userName: 'Sanne' });
    // The v2 index on due dates works on data written before it existed.
    expect(await current.currentLights.where('dueDate').below('2027-01-01').count()).toBe(1);
    expect(await current.meetings.count()).toBe(0);
    current.close();
  });

  it('opens a database written by version 2 and gives every current light its red streak', async () => {
    const name = `migration-v2-${Math.random()}`;
    const v2 = new Dexie(name);
    v2.version(1).stores(SCHEMA_V1.stores);
    v2.version(2).stores(SCHEMA_V2.stores);
    await v2.open();
    await v2.table('youths').add(youth);
    const at = (day: number) => `2026-11-${String(day).padStart(2, '0')}T10:00:00.000Z`;
    const review = (day: number, colour: string, conditionId = light.conditionId) => ({
      ...light,
      id: `9d2d6a0e-0c55-4d8b-8f0e-7bb9a1f5b1${String(day).padStart(2, '0')}`,
      conditionId,
      colour,
      assessedAt: at(day),
      createdAt: at(day),
      updatedAt: at(day),
    });
    // Housing: amber, then red three times; school: red, then green.
    const housing = [review(1, 'amber'), review(2, 'red'), review(3, 'red'), review(4, 'red')];
    const schoolId = '1a2b3c4d-0000-4000-8000-000000000002';
    const school = [review(5, 'red', schoolId), review(6, 'green', schoolId)];
    await v2.table('assessments').bulkAdd([...housing, ...school]);
    await v2.table('currentLights').bulkAdd([housing[3], school[1]]);
    v2.close();

    const current = new UitstroombordDatabase(name);
    await current.open();
    const lights = await current.currentLights.toArray();
    expect(lights.map(({ conditionId, redStreak }) => [conditionId, redStreak])).toEqual([
      [light.conditionId, 3],
      [schoolId, 0],
    ]);
    // The light itself is unchanged apart from its red run; history is untouched.
    expect(lights[0]).toEqual({ ...housing[3], redStreak: 3, redSince: at(2) });
    expect(lights[1]).toEqual({ ...school[1], redStreak: 0 });
    expect(await current.assessments.count()).toBe(6);
    current.close();
  });

  it('opens a database written by version 3 and still finds history by young person without the dropped indexes', async () => {
    const name = `migration-v3-${Math.random()}`;
    const v3 = new Dexie(name);
    v3.version(1).stores(SCHEMA_V1.stores);
    v3.version(2).stores(SCHEMA_V2.stores);
    v3.version(3).stores(SCHEMA_V3.stores);
    await v3.open();
    const other = { ...youth, id: '6f1f1c2e-4b1a-4c4e-9a53-1d1f0f6c2a22', initials: 'C.D.' };
    await v3.table('youths').bulkAdd([youth, other]);
    const otherLight = { ...light, id: '9d2d6a0e-0c55-4d8b-8f0e-7bb9a1f5b222', youthId: other.id };
    await v3.table('assessments').bulkAdd([light, otherLight]);
    await v3.table('currentLights').bulkAdd([
      { ...light, redStreak: 1 },
      { ...otherLight, redStreak: 1 },
    ]);
    v3.close();

    const current = new UitstroombordDatabase(name);
    await current.open();
    expect(current.verno).toBe(CURRENT_SCHEMA_VERSION);
    const indexes = (table: string) =>
      current
        .table(table)
        .schema.indexes.map((index) => index.name)
        .sort();
    // (Version 6 dropped `updatedAt` too.)
    expect(indexes('assessments')).toEqual(['[youthId+conditionId+assessedAt]', 'meetingId']);
    expect(indexes('currentLights')).toEqual(['dueDate', 'youthId']);
    // Every record is kept, and the queries that used the dropped index still answer.
    expect(await current.assessments.toArray()).toEqual([light, otherLight]);
    setDatabase(current);
    expect(await assessmentsOfYouths([youth.id]).toArray()).toEqual([light]);
    expect(await assessmentsOfYouths([other.id]).count()).toBe(1);
    expect(await assessmentsOfYouths([youth.id, other.id]).count()).toBe(2);
    expect(await current.currentLights.where('youthId').equals(other.id).count()).toBe(1);
    current.close();
  });

  it('opens a database written by version 4 and gives every red current light the start of its red run', async () => {
    const name = `migration-v4-${Math.random()}`;
    const v4 = new Dexie(name);
    for (const schema of [SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4])
      v4.version(schema.version).stores(schema.stores);
    await v4.open();
    await v4.table('youths').add(youth);
    const at = (day: number) => `2026-10-${String(day).padStart(2, '0')}T10:00:00.000Z`;
    let serial = 0;
    const review = (day: number, colour: string, conditionId = light.conditionId) => {
      serial += 1;
      return {
        ...light,
        id: `9d2d6a0e-0c55-4d8b-8f0e-7bb9a1f5b${String(serial).padStart(3, '0')}`,
        conditionId,
        colour,
        assessedAt: at(day),
        createdAt: at(day),
        updatedAt: at(day),
      };
    };
    // Housing: green, red, red, a mistaken green undone (back to red): red since day 2.
    const mistaken = review(4, 'green');
    const housing = [
      review(1, 'green'),
      review(2, 'red'),
      review(3, 'red'),
      mistaken,
      { ...review(5, 'red'), undoes: mistaken.id },
    ];
    // School: red, then amber. Network: red once.
    const schoolId = '1a2b3c4d-0000-4000-8000-000000000002';
    const school = [review(6, 'red', schoolId), review(7, 'amber', schoolId)];
    const networkId = '1a2b3c4d-0000-4000-8000-000000000003';
    const network = review(8, 'red', networkId);
    await v4.table('assessments').bulkAdd([...housing, ...school, network]);
    await v4.table('currentLights').bulkAdd([
      { ...housing[4], redStreak: 2 },
      { ...school[1], redStreak: 0 },
      { ...network, redStreak: 1 },
    ]);
    v4.close();

    const current = new UitstroombordDatabase(name);
    await current.open();
    const lights = await current.currentLights.toArray();
    const byCondition = new Map<string, unknown>(lights.map((item) => [item.conditionId, item]));
    expect(byCondition.get(light.conditionId)).toEqual({
      ...housing[4],
      redStreak: 2,
      redSince: at(2),
    });
    expect(byCondition.get(schoolId)).toEqual({ ...school[1], redStreak: 0 });
    expect(byCondition.get(networkId)).toEqual({ ...network, redStreak: 1, redSince: at(8) });
    // History is untouched, and the dropped index is gone.
    expect(await current.assessments.count()).toBe(8);
    expect(current.assessments.schema.indexes.map((index) => index.name)).not.toContain(
      'assessedAt',
    );
    current.close();
  });

  it('opens a database written by version 5 and still finds history by young person and by meeting without the updatedAt index', async () => {
    const name = `migration-v5-${Math.random()}`;
    const v5 = new Dexie(name);
    for (const schema of [SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SCHEMA_V5])
      v5.version(schema.version).stores(schema.stores);
    await v5.open();
    await v5.table('youths').add(youth);
    const meetingId = '3c4d5e6f-0000-4000-8000-000000000001';
    const inMeeting = {
      ...light,
      id: '9d2d6a0e-0c55-4d8b-8f0e-7bb9a1f5b333',
      assessedAt: '2026-11-20T10:00:00.000Z',
      createdAt: '2026-11-20T10:00:00.000Z',
      updatedAt: '2026-11-20T10:00:00.000Z',
      meetingId,
    };
    await v5.table('assessments').bulkAdd([light, inMeeting]);
    const current = { ...inMeeting, redStreak: 2, redSince: light.assessedAt };
    await v5.table('currentLights').add(current);
    v5.close();

    const database = new UitstroombordDatabase(name);
    await database.open();
    expect(database.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(database.assessments.schema.indexes.map((index) => index.name).sort()).toEqual([
      '[youthId+conditionId+assessedAt]',
      'meetingId',
    ]);
    // Every record is kept as it was, updatedAt included; only the index is gone.
    expect(await database.assessments.toArray()).toEqual(
      expect.arrayContaining([light, inMeeting]),
    );
    expect(await database.currentLights.toArray()).toEqual([current]);
    setDatabase(database);
    expect(await assessmentsOfYouths([youth.id]).count()).toBe(2);
    expect(await database.assessments.where('meetingId').equals(meetingId).toArray()).toEqual([
      inMeeting,
    ]);
    database.close();
  });

  it('opens a database written by the version before report explanations, and starts them empty', async () => {
    const name = `migration-before-report-notes-${Math.random()}`;
    const before = new Dexie(name);
    for (const schema of SCHEMA_VERSIONS.filter((s) => s.version < SCHEMA_REPORT_NOTES.version))
      before.version(schema.version).stores(schema.stores);
    await before.open();
    await before.table('youths').add(youth);
    await before.table('assessments').add(light);
    await before
      .table('settings')
      .add({ id: 'settings', userName: 'Sanne', conditionsSeeded: true });
    before.close();

    const database = new UitstroombordDatabase(name);
    await database.open();
    expect(database.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(await database.youths.toArray()).toEqual([youth]);
    expect(await database.assessments.toArray()).toEqual([light]);
    expect(await database.reportNotes.count()).toBe(0);
    setDatabase(database);
    await saveReportNote({ municipality: 'Zwolle', month: '2026-10', text: ' Wachtlijst wonen ' });
    await saveReportNote({ municipality: 'Zwolle', month: '2026-10', text: 'Wachtlijst wonen.' });
    expect(await database.reportNotes.count()).toBe(1);
    expect(await getReportNote('Zwolle', '2026-10')).toMatchObject({
      text: 'Wachtlijst wonen.',
      updatedBy: 'Sanne',
    });
    expect(await getReportNote('Zwolle', '2026-11')).toBeUndefined();
    database.close();
  });

  it('opens a database written by the version before escalations with empty escalation tables and its data intact', async () => {
    const name = `migration-v6-${Math.random()}`;
    const v6 = new Dexie(name);
    for (const schema of SCHEMA_VERSIONS.filter((s) => s.version < SCHEMA_ESCALATIONS.version))
      v6.version(schema.version).stores(schema.stores);
    await v6.open();
    await v6.table('youths').add(youth);
    await v6.table('assessments').add(light);
    await v6.table('currentLights').add({ ...light, redStreak: 1, redSince: light.assessedAt });
    await v6.table('settings').add({ id: 'settings', userName: 'Sanne', conditionsSeeded: true });
    v6.close();

    const database = new UitstroombordDatabase(name);
    await database.open();
    expect(database.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(await database.youths.toArray()).toEqual([youth]);
    expect(await database.assessments.toArray()).toEqual([light]);
    expect(await database.currentLights.count()).toBe(1);
    expect(await database.escalations.count()).toBe(0);
    expect(await database.escalationUpdates.count()).toBe(0);
    // The new indexes answer on the new tables.
    expect(await database.escalations.where('youthId').equals(youth.id).count()).toBe(0);
    expect(await database.escalationUpdates.where('youthId').equals(youth.id).count()).toBe(0);
    database.close();
  });

  it('upgrades a version 1 database with data through every version and keeps or derives every record', async () => {
    const name = `migration-v1-all-${Math.random()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1.stores);
    await v1.open();
    const left = {
      ...youth,
      id: '6f1f1c2e-4b1a-4c4e-9a53-1d1f0f6c2a33',
      initials: 'E.F.',
      status: 'left',
      leftOn: '2026-10-01',
    };
    const condition = (n: number, key: string, name: string) => ({
      id: `1a2b3c4d-0000-4000-8000-00000000000${n}`,
      key,
      name,
      description: '',
      criteria: { red: 'rood', amber: 'oranje', green: 'groen' },
      order: n,
      retired: false,
      createdAt: youth.createdAt,
      updatedAt: youth.createdAt,
      updatedBy: 'Sanne',
    });
    const housing = condition(1, 'housing', 'Wonen');
    const school = condition(2, 'school', 'School');
    const at = (day: number) => `2026-09-${String(day).padStart(2, '0')}T10:00:00.000Z`;
    let serial = 0;
    const review = (youthId: string, conditionId: string, day: number, colour: string) => {
      serial += 1;
      return {
        ...light,
        id: `9d2d6a0e-0c55-4d8b-8f0e-7bb9a1f5c${String(serial).padStart(3, '0')}`,
        youthId,
        conditionId,
        colour,
        assessedAt: at(day),
        createdAt: at(day),
        updatedAt: at(day),
      };
    };
    // Housing of A.B.: green, red, red, a mistaken green undone: red for two reviews since day 2.
    const mistaken = review(youth.id, housing.id, 4, 'green');
    const undo = { ...review(youth.id, housing.id, 5, 'red'), undoes: mistaken.id };
    const abHousing = [
      review(youth.id, housing.id, 1, 'green'),
      review(youth.id, housing.id, 2, 'red'),
      review(youth.id, housing.id, 3, 'red'),
      mistaken,
      undo,
    ];
    // School of A.B.: red, then amber. Housing of E.F.: red once.
    const abSchool = [
      review(youth.id, school.id, 6, 'red'),
      review(youth.id, school.id, 7, 'amber'),
    ];
    const efHousing = [review(left.id, housing.id, 8, 'red')];
    const assessments = [...abHousing, ...abSchool, ...efHousing];
    const settings = { id: 'settings', userName: 'Sanne', conditionsSeeded: true };
    await v1.table('youths').bulkAdd([youth, left]);
    await v1.table('conditions').bulkAdd([housing, school]);
    await v1.table('assessments').bulkAdd(assessments);
    // Version 1 kept each cell's newest assessment, nothing more.
    await v1.table('currentLights').bulkAdd([undo, abSchool[1], efHousing[0]]);
    await v1.table('settings').add(settings);
    v1.close();

    const database = new UitstroombordDatabase(name);
    await database.open();
    expect(database.verno).toBe(CURRENT_SCHEMA_VERSION);
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
    expect((await database.youths.toArray()).sort(byId)).toEqual([youth, left].sort(byId));
    expect(await database.conditions.toArray()).toEqual([housing, school]);
    expect((await database.assessments.toArray()).sort(byId)).toEqual(assessments.sort(byId));
    expect(await database.settings.toArray()).toEqual([settings]);
    // Each current light is the record it was, plus what v3 (streak) and v5 (red since) derive.
    const lights = await database.currentLights.toArray();
    const cell = (youthId: string, conditionId: string) =>
      lights.find((item) => item.youthId === youthId && item.conditionId === conditionId);
    expect(lights).toHaveLength(3);
    expect(cell(youth.id, housing.id)).toEqual({ ...undo, redStreak: 2, redSince: at(2) });
    expect(cell(youth.id, school.id)).toEqual({ ...abSchool[1], redStreak: 0 });
    expect(cell(left.id, housing.id)).toEqual({ ...efHousing[0], redStreak: 1, redSince: at(8) });
    // Every table added since starts empty, and the indexes of every version answer.
    for (const table of [
      database.meetings,
      database.reviewRequests,
      database.outflowChecks,
      database.reportNotes,
      database.escalations,
      database.escalationUpdates,
    ])
      expect(await table.count()).toBe(0);
    expect(await database.currentLights.where('dueDate').equals(light.dueDate).count()).toBe(3);
    expect(await database.currentLights.where('youthId').equals(youth.id).count()).toBe(2);
    setDatabase(database);
    expect(await assessmentsOfYouths([youth.id]).count()).toBe(7);
    database.close();
  });

  it('upgrades more current lights than one batch holds, every one of them', async () => {
    const name = `migration-v2-batches-${Math.random()}`;
    const v2 = new Dexie(name);
    v2.version(1).stores(SCHEMA_V1.stores);
    v2.version(2).stores(SCHEMA_V2.stores);
    await v2.open();
    // One red review per cell, in more cells than the upgrades read per batch (500).
    const cells = Array.from({ length: 501 }, (_, index) => ({
      ...light,
      id: `9d2d6a0e-0c55-4d8b-8f0e-${String(index).padStart(12, '0')}`,
      conditionId: `1a2b3c4d-0000-4000-8000-${String(index).padStart(12, '0')}`,
    }));
    await v2.table('assessments').bulkAdd(cells);
    await v2.table('currentLights').bulkAdd(cells);
    v2.close();

    const database = new UitstroombordDatabase(name);
    await database.open();
    const lights = await database.currentLights.toArray();
    expect(lights).toHaveLength(cells.length);
    expect(
      lights.filter((item) => item.redStreak === 1 && item.redSince === light.assessedAt),
    ).toHaveLength(cells.length);
    database.close();
  });

  it('declares versions in increasing order; one without an upgrade still changes tables or indexes', () => {
    const versions = SCHEMA_VERSIONS.map((schema) => schema.version);
    expect(new Set(versions).size).toBe(versions.length);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    // Adding tables or changing indexes needs no upgrade: IndexedDB does it. A
    // version with neither a store change nor an upgrade would change nothing.
    for (const schema of SCHEMA_VERSIONS.slice(1))
      if (!schema.upgrade) expect(Object.keys(schema.stores).length).toBeGreaterThan(0);
    // The versions that change stored records keep their upgrade.
    expect(SCHEMA_V3.upgrade).toBeTypeOf('function');
    expect(SCHEMA_V5.upgrade).toBeTypeOf('function');
  });
});
