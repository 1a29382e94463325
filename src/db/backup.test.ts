import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FollowUpId, MeetingId, ReportNoteId, ReviewRequestId, YouthId } from '@/domain/ids';
import type { OutflowCheck, ReviewRequest } from '@/domain/follow-up-types';
import type { Meeting } from '@/domain/meeting-types';
import { PERSPECTIVES, PLACEMENT_TYPES, type Assessment, type Youth } from '@/domain/types';
import {
  makeAssessment,
  makeCondition,
  makeEscalation,
  makeEscalationUpdate,
  makeYouth,
} from '@/testing/factories';
import { freshDatabase } from '@/testing/test-database';
import { createBackupJson } from '@/testing/backup-files';
import { canonicalPieces, planRestore, readAllData, restoreBackup } from './backup';
import { gzipText, isGzip } from './backup-compression';
import {
  BACKUP_FORMAT,
  BackupError,
  canonicalJson,
  checksumOf,
  MAX_BACKUP_BYTES,
  BACKUP_FORMAT_VERSION,
  formatOf,
  LEGACY_SCHEMA_FORMATS,
  migrateBackupFormat1To2,
  migrateBackupFormat2To3,
  migrateBackupFormat3To4,
  parseBackupText,
  readBackupFile,
  type BackupData,
} from './backup-format';
import { SETTINGS_ID, type SettingsRecord, type UitstroombordDatabase } from './database';
import { currentLightsOf } from '@/domain/signals';
import { StorageError } from './errors';
import { saveIdentity } from './settings-repository';
import { BACKUP_TABLES } from '@/domain/backup-types';
import schema2Backup from './fixtures/backup-schema-2.json?raw';
import schema6Backup from './fixtures/backup-schema-6.json?raw';
import schema7Backup from './fixtures/backup-schema-7.json?raw';
import schema8Backup from './fixtures/backup-schema-8.json?raw';

let database: UitstroombordDatabase;
beforeEach(async () => {
  database = await freshDatabase();
});
afterEach(() => database.close());

const at = '2026-11-01T10:00:00.000Z';
const settings: SettingsRecord = {
  id: SETTINGS_ID,
  userName: 'Sanne',
  conditionsSeeded: true,
  createdAt: at,
  updatedAt: at,
  updatedBy: 'Sanne',
};

async function fill(data: BackupData): Promise<void> {
  await database.transaction('rw', database.tables, async () => {
    await Promise.all(database.tables.map((table) => table.clear()));
    await database.youths.bulkAdd(data.youths);
    await database.conditions.bulkAdd(data.conditions);
    await database.assessments.bulkAdd(data.assessments);
    await database.currentLights.bulkPut(currentLightsOf(data.assessments));
    await database.settings.bulkAdd(data.settings);
    await database.meetings.bulkAdd(data.meetings);
    await database.reviewRequests.bulkAdd(data.reviewRequests);
    await database.outflowChecks.bulkAdd(data.outflowChecks);
    await database.reportNotes.bulkAdd(data.reportNotes);
    await database.escalations.bulkAdd(data.escalations);
    await database.escalationUpdates.bulkAdd(data.escalationUpdates);
  });
}

function sampleData(): BackupData {
  const youth = makeYouth({ initials: 'K.L.', notes: 'Eigen notitie' });
  const left = makeYouth({ initials: 'M.N.', status: 'left', leftOn: '2026-06-01' });
  const condition = makeCondition({ key: 'housing', name: 'Wonen' });
  const older = makeAssessment({ youthId: youth.id, conditionId: condition.id, colour: 'red' });
  const newer = makeAssessment({
    youthId: youth.id,
    conditionId: condition.id,
    colour: 'green',
    assessedAt: '2026-11-10T10:00:00.000Z',
  });
  const meeting: Meeting = {
    id: 'meeting-1' as MeetingId,
    type: 'caseReview',
    date: '2026-11-20',
    chair: 'Sanne',
    attendees: ['Sanne', 'Ahmed'],
    municipalities: [],
    agenda: [{ youthId: youth.id, notes: '' }],
    status: 'planned',
    notes: '',
    createdAt: at,
    updatedAt: at,
    updatedBy: 'Sanne',
  };
  const escalation = makeEscalation({ youthId: youth.id, conditionId: condition.id });
  const answer = makeEscalationUpdate({ escalationId: escalation.id, youthId: youth.id });
  return {
    youths: [youth, left],
    conditions: [condition],
    assessments: [older, newer],
    settings: [settings],
    meetings: [meeting],
    reviewRequests: [],
    outflowChecks: [],
    reportNotes: [
      {
        id: '5e6f7a8b-0000-4000-8000-000000000001' as ReportNoteId,
        municipality: 'Zwolle',
        month: '2026-10',
        text: 'Twee jongeren wachten op begeleid wonen.',
        createdAt: at,
        updatedAt: at,
        updatedBy: 'Sanne',
      },
    ],
    escalations: [escalation],
    escalationUpdates: [answer],
  };
}

async function snapshot() {
  return {
    data: await readAllData(),
    currentLights: await database.currentLights.toArray(),
  };
}

async function expectRejected(text: string, code: BackupError['code']): Promise<BackupError> {
  const error = await parseBackupText(text).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(BackupError);
  expect((error as BackupError).code).toBe(code);
  return error as BackupError;
}

describe('backup file', () => {
  it('holds every table, its own format version and a SHA-256 checksum of the data', async () => {
    await fill(sampleData());
    const { file, json, fileName, blob, plainBytes } = await createBackupJson(
      '0.1.0',
      new Date(2026, 10, 26, 9, 5),
    );
    expect(fileName).toBe('uitstroombord-backup-2026-11-26-0905.json.gz');
    // Written gzip-compressed: what is downloaded is gzip, and unpacks to the whole text.
    expect(await isGzip(blob)).toBe(true);
    expect(plainBytes).toBe(new TextEncoder().encode(json).byteLength);
    expect(file).toMatchObject({
      format: 'uitstroombord-backup',
      formatVersion: BACKUP_FORMAT_VERSION,
      appVersion: '0.1.0',
    });
    // The IndexedDB version is not the file's business: an index changes nothing in it.
    expect(file).not.toHaveProperty('schemaVersion');
    expect(file.checksum).toMatch(/^[0-9a-f]{64}$/);
    expect(file.checksum).toBe(await checksumOf(file.data));
    expect(Object.keys(file.data).sort()).toEqual(
      [
        'assessments',
        'conditions',
        'escalationUpdates',
        'escalations',
        'meetings',
        'outflowChecks',
        'reportNotes',
        'reviewRequests',
        'settings',
        'youths',
      ].sort(),
    );
    expect(JSON.parse(json)).toEqual(file);
  });

  it('is written in pieces that join to exactly the text the checksum is taken over', () => {
    const data = sampleData();
    // More history than one piece holds, and tables left empty.
    data.assessments = Array.from({ length: 4500 }, (_, i) =>
      makeAssessment({
        youthId: data.youths[0]!.id,
        conditionId: data.conditions[0]!.id,
        assessedAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
      }),
    );
    const pieces = [...canonicalPieces(data)];
    expect(pieces.length).toBeGreaterThan(BACKUP_TABLES.length * 2 + 2);
    expect(pieces.join('')).toBe(canonicalJson(data));
  });

  it('a written file is restored the way it is downloaded: gzip, read by the restore', async () => {
    await fill(sampleData());
    const before = await snapshot();
    const { blob, file } = await createBackupJson();
    await fill({ ...sampleData(), youths: [makeYouth({ initials: 'X.Y.' })] });

    const read = await readBackupFile(blob);
    expect(read.checksum).toBe(file.checksum);
    await restoreBackup(read, 'replace');
    expect(await snapshot()).toEqual(before);
  });

  it('an old plain .json backup still restores', async () => {
    const file = await readBackupFile(new Blob([schema8Backup], { type: 'application/json' }));
    expect(file.formatVersion).toBe(BACKUP_FORMAT_VERSION);
    await restoreBackup(file, 'replace');
    expect(await database.youths.count()).toBe(file.data.youths.length);
  });

  it('the checksum does not depend on key order', async () => {
    expect(await checksumOf({ a: 1, b: [{ c: 2, d: 3 }] })).toBe(
      await checksumOf({ b: [{ d: 3, c: 2 }], a: 1 }),
    );
  });
});

describe('restore', () => {
  it('replace: the database becomes exactly the backup, current lights rebuilt', async () => {
    await fill(sampleData());
    const { json } = await createBackupJson();
    const before = await snapshot();
    await fill({ ...sampleData(), youths: [makeYouth({ initials: 'X.Y.' })] });

    await restoreBackup(await parseBackupText(json), 'replace');
    expect(await snapshot()).toEqual(before);
    expect((await database.currentLights.toArray()).map((light) => light.colour)).toEqual([
      'green',
    ]);
  });

  it('reports how many records are written, up to all of them', async () => {
    await fill(sampleData());
    const { json } = await createBackupJson();
    const file = await parseBackupText(json);
    const total = Object.values(file.data).reduce((sum, records) => sum + records.length, 0);
    for (const mode of ['replace', 'merge'] as const) {
      const reported: [number, number][] = [];
      await restoreBackup(file, mode, (written, all) => reported.push([written, all]));
      expect(reported.every(([, all]) => all === total)).toBe(true);
      const written = reported.map(([count]) => count);
      expect(written).toEqual([...written].sort((a, b) => a - b));
      expect(written.at(-1)).toBe(total);
    }
  });

  it('merge by id: newer updatedAt wins, assessments are united, others stay', async () => {
    const data = sampleData();
    await fill(data);
    const { json } = await createBackupJson();
    const file = await parseBackupText(json);

    const youth = data.youths[0]!;
    const renamed = { ...youth, initials: 'K.L.2', updatedAt: '2026-12-01T10:00:00.000Z' };
    const stale = { ...data.youths[1]!, initials: 'OUD', updatedAt: '2025-01-01T10:00:00.000Z' };
    file.data.youths = [stale, data.youths[0]!];
    const local = makeYouth({ initials: 'LOKAAL' });
    const extra = makeAssessment({
      youthId: youth.id,
      conditionId: data.conditions[0]!.id,
      colour: 'amber',
      assessedAt: '2026-11-15T10:00:00.000Z',
    });
    file.data.assessments.push(extra);
    await database.youths.bulkPut([renamed, local]);

    const plan = await planRestore(file);
    expect(plan.youths).toEqual({ inFile: 2, current: 3, added: 0, updated: 0, kept: 2 });
    expect(plan.assessments).toMatchObject({ inFile: 3, added: 1, kept: 2 });

    await restoreBackup(file, 'merge');
    const youths = await database.youths.toArray();
    expect(youths.map((y) => y.initials).sort()).toEqual(['K.L.2', 'LOKAAL', 'M.N.']);
    expect(await database.assessments.count()).toBe(3);
    // The merged-in amber of 15 November is newer than the green of 10 November.
    expect((await database.currentLights.toArray()).map((light) => light.colour)).toEqual([
      'amber',
    ]);
  });

  it("never takes this device's settings from a file: merge keeps them, replace keeps who works here", async () => {
    await fill(sampleData());
    const { json } = await createBackupJson();
    const file = await parseBackupText(json);
    // A file made elsewhere (a review copy, a colleague): other name, no provider, newer stamp.
    file.data.settings = [
      {
        ...file.data.settings[0]!,
        userName: '',
        providerName: 'Andere aanbieder',
        lastBackupAt: '2027-01-01T10:00:00.000Z',
        retentionMonths: 12,
        updatedAt: '2027-01-01T10:00:00.000Z',
      },
    ];
    await database.settings.update(SETTINGS_ID, {
      providerName: 'Stichting De Linde',
      lastBackupAt: '2026-11-20T10:00:00.000Z',
    });
    const own = (await database.settings.get(SETTINGS_ID))!;

    expect((await planRestore(file)).settings).toMatchObject({ updated: 0, kept: 1 });
    await restoreBackup(file, 'merge');
    expect(await database.settings.get(SETTINGS_ID)).toEqual(own);

    await restoreBackup(file, 'replace');
    expect(await database.settings.get(SETTINGS_ID)).toMatchObject({
      userName: 'Sanne',
      providerName: 'Stichting De Linde',
      lastBackupAt: '2026-11-20T10:00:00.000Z',
      // What belongs to the board comes from the file.
      retentionMonths: 12,
    });
  });

  it('carries the open action’s origin, the agenda’s scope and who works here through backup and restore', async () => {
    const data = sampleData();
    const [older, newer] = data.assessments as [Assessment, Assessment];
    // A one-key change: the open action came from the older light (domain/carry-over.ts).
    const carried: Assessment = {
      ...newer,
      colour: 'amber',
      action: 'Aanmelden bij begeleid wonen',
      actionOwner: 'Sanne',
      actionFrom: older.id,
    };
    const scoped: Meeting = {
      ...data.meetings[0]!,
      agendaScope: { location: 'De Linde', coordinator: 'Sanne W.' },
    };
    const device: SettingsRecord = {
      ...settings,
      providerName: 'Stichting De Linde',
      audience: 'provider',
      recentUserNames: ['Sanne', 'Ahmed'],
    };
    await fill({ ...data, assessments: [older, carried], meetings: [scoped], settings: [device] });
    const { json } = await createBackupJson();
    const file = await parseBackupText(json);
    expect(file.data.assessments.find((a) => a.id === carried.id)?.actionFrom).toBe(older.id);
    expect(file.data.meetings[0]?.agendaScope).toEqual(scoped.agendaScope);
    expect(file.data.settings[0]).toMatchObject({
      audience: 'provider',
      recentUserNames: ['Sanne', 'Ahmed'],
    });

    // A browser with no settings of its own takes all of them from the file.
    database.close();
    database = await freshDatabase({ seed: false, person: false });
    await database.settings.clear();
    await restoreBackup(file, 'replace');
    expect((await database.assessments.get(carried.id))?.actionFrom).toBe(older.id);
    expect((await database.meetings.get(scoped.id))?.agendaScope).toEqual(scoped.agendaScope);
    expect(await database.settings.get(SETTINGS_ID)).toEqual(device);
    // The current light is the carried one, still pointing at where its action came from.
    expect(await database.currentLights.toArray()).toMatchObject([
      { id: carried.id, colour: 'amber', actionFrom: older.id },
    ]);

    // A browser where someone else works keeps its own name, audience and recent names
    // (device fields); the board's records come from the file, untouched.
    database.close();
    database = await freshDatabase({ seed: false, person: false });
    await saveIdentity({
      audience: 'provider',
      userName: 'Fatima',
      providerName: 'Eigen aanbieder',
    });
    await restoreBackup(file, 'replace');
    expect((await database.assessments.get(carried.id))?.actionFrom).toBe(older.id);
    expect((await database.meetings.get(scoped.id))?.agendaScope).toEqual(scoped.agendaScope);
    expect(await database.settings.get(SETTINGS_ID)).toMatchObject({
      userName: 'Fatima',
      recentUserNames: ['Fatima'],
      providerName: 'Eigen aanbieder',
      audience: 'provider',
    });

    // Merged into a board that lacks them, the records arrive whole as well.
    database.close();
    database = await freshDatabase({ seed: false });
    await restoreBackup(file, 'merge');
    expect((await database.assessments.get(carried.id))?.actionFrom).toBe(older.id);
    expect((await database.meetings.get(scoped.id))?.agendaScope).toEqual(scoped.agendaScope);
  });

  it('a full disk (QuotaExceededError) during restore rolls everything back', async () => {
    const data = sampleData();
    await fill(data);
    const { json } = await createBackupJson();
    const file = await parseBackupText(json);
    await fill({ ...data, youths: [makeYouth({ initials: 'BLIJFT' })] });
    const before = await snapshot();
    database.meetings.hook('creating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });

    const error = await restoreBackup(file, 'replace').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).code).toBe('quota');
    expect(await snapshot()).toEqual(before);
  });
});

it('a history record that cannot be stored rolls the whole restore back', async () => {
  const data = sampleData();
  await fill(data);
  const { json } = await createBackupJson();
  const file = await parseBackupText(json);
  const before = await snapshot();
  const [first, ...rest] = file.data.assessments;
  const broken = {
    ...file,
    data: {
      ...file.data,
      // Functions cannot be stored in IndexedDB (DataCloneError).
      assessments: [...rest, { ...first!, broken: () => 1 } as Assessment],
    },
  };
  const error = await restoreBackup(broken, 'replace').catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(StorageError);
  expect(await snapshot()).toEqual(before);
});

describe('older backups are migrated', () => {
  it('format 1 → 2 adds the empty meeting, review request and outflow check tables', () => {
    expect(migrateBackupFormat1To2({ youths: [] })).toEqual({
      youths: [],
      meetings: [],
      reviewRequests: [],
      outflowChecks: [],
    });
  });

  it('format 2 → 3 adds the empty report explanations and keeps the rest', () => {
    expect(migrateBackupFormat2To3({ youths: [] })).toEqual({ youths: [], reportNotes: [] });
  });

  it('format 3 → 4 adds the empty escalation tables and keeps the rest', () => {
    const { escalations: _e, escalationUpdates: _u, ...format3 } = sampleData();
    expect(migrateBackupFormat3To4(format3)).toEqual({
      ...format3,
      escalations: [],
      escalationUpdates: [],
    });
  });

  it('reads the old numbering: format 1 with the IndexedDB version it was written from', () => {
    // Schema 2–6 changed indexes and current lights only (not in a file); 7 and 8 added tables.
    expect(LEGACY_SCHEMA_FORMATS).toEqual({ 1: 1, 2: 2, 3: 2, 4: 2, 5: 2, 6: 2, 7: 3, 8: 4 });
    for (const [schema, format] of Object.entries(LEGACY_SCHEMA_FORMATS))
      expect(formatOf({ formatVersion: 1, schemaVersion: Number(schema) })).toBe(format);
    expect(formatOf({ formatVersion: BACKUP_FORMAT_VERSION })).toBe(BACKUP_FORMAT_VERSION);
    expect(() => formatOf({ formatVersion: 1, schemaVersion: 9 })).toThrow(BackupError);
  });

  // Files as the app wrote them before the format had its own version (formatVersion 1
  // with the IndexedDB version as schemaVersion). Never regenerate them: they are old files.
  it.each([
    [2, schema2Backup, 2],
    [6, schema6Backup, 2],
    [7, schema7Backup, 3],
    [8, schema8Backup, undefined],
  ])(
    'restores a file written at schema %i with every record',
    async (schema, text, migratedFrom) => {
      const old = JSON.parse(text) as { schemaVersion: number; data: Partial<BackupData> };
      expect(old.schemaVersion).toBe(schema);
      const file = await parseBackupText(text);
      expect(file.formatVersion).toBe(BACKUP_FORMAT_VERSION);
      expect(file.migratedFromFormat).toBe(migratedFrom);
      // A device without settings of its own keeps none of its own over the file's.
      await database.settings.clear();
      await restoreBackup(file, 'replace');

      const restored = await readAllData();
      for (const table of BACKUP_TABLES) expect(restored[table]).toEqual(old.data[table] ?? []);
      expect(restored.youths).toHaveLength(2);
      // The current lights are rebuilt from the history: one per cell, with its red run.
      const lights = await database.currentLights.toArray();
      expect(lights.map(({ colour, redStreak }) => [colour, redStreak]).sort()).toEqual([
        ['green', 0],
        ['red', 1],
      ]);
    },
  );

  it('restores a backup written with schema 1 (no meetings yet)', async () => {
    const {
      meetings: _m,
      reviewRequests: _r,
      outflowChecks: _o,
      reportNotes: _n,
      escalations: _e,
      escalationUpdates: _u,
      ...v1Data
    } = sampleData();
    const v1 = {
      format: BACKUP_FORMAT,
      formatVersion: 1,
      schemaVersion: 1,
      appVersion: '0.0.9',
      createdAt: at,
      checksum: await checksumOf(v1Data),
      data: v1Data,
    };
    const file = await parseBackupText(JSON.stringify(v1));
    expect(file.formatVersion).toBe(BACKUP_FORMAT_VERSION);
    expect(file.migratedFromFormat).toBe(1);
    await restoreBackup(file, 'replace');
    expect(await database.youths.count()).toBe(2);
    expect(await database.meetings.count()).toBe(0);
    expect(await database.currentLights.count()).toBe(1);
    // Restore rebuilds current lights with their red streak (schema 3).
    expect((await database.currentLights.toArray())[0]).toHaveProperty('redStreak');
  });

  it('carries report explanations through backup and restore, and refuses a bad month', async () => {
    const data = sampleData();
    await fill(data);
    const { json } = await createBackupJson();
    await database.reportNotes.clear();
    await restoreBackup(await parseBackupText(json), 'replace');
    expect(await database.reportNotes.toArray()).toEqual(data.reportNotes);

    const broken = JSON.parse(json) as { data: BackupData; checksum: string };
    broken.data.reportNotes[0]!.month = '2026-13';
    broken.checksum = await checksumOf(broken.data);
    const error = await expectRejected(JSON.stringify(broken), 'invalid');
    expect(error.detail).toMatchObject({ table: 'reportNotes', field: 'month' });
  });

  it('refuses an escalation answer without its outcome, and an update of an escalation not in the file', async () => {
    const data = sampleData();
    const noOutcome = {
      ...data,
      escalationUpdates: [{ ...data.escalationUpdates[0]!, outcome: undefined }],
    };
    const orphan = {
      ...data,
      escalationUpdates: [{ ...data.escalationUpdates[0]!, escalationId: 'elders' }],
    };
    for (const [bad, field] of [
      [noOutcome, 'outcome'],
      [orphan, 'escalationId'],
    ] as const) {
      const json = JSON.parse(JSON.stringify(bad)) as BackupData;
      const text = JSON.stringify({
        format: BACKUP_FORMAT,
        formatVersion: BACKUP_FORMAT_VERSION,
        appVersion: '1.0.0',
        createdAt: at,
        checksum: await checksumOf(json),
        data: json,
      });
      await expect(parseBackupText(text)).rejects.toMatchObject({
        code: 'invalid',
        detail: { table: 'escalationUpdates', field },
      });
    }
  });

  it('refuses a field the app never wrote, in an old file as in a new one', async () => {
    // A later app that adds a field raises the format version, and this app says "newer";
    // no older app ever wrote a field this one does not know (fixtures: schema 2 to 8).
    const data = sampleData();
    const youth = { ...data.youths[0]!, laterField: 'bewaard' } as Youth;
    const v1 = {
      format: BACKUP_FORMAT,
      formatVersion: 1,
      schemaVersion: 2, // the old numbering: migrated on restore
      appVersion: '9.0.0',
      createdAt: at,
      checksum: await checksumOf({ ...data, youths: [youth] }),
      data: { ...data, youths: [youth] },
    };
    const error = await parseBackupText(JSON.stringify(v1)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackupError);
    expect((error as BackupError).detail).toEqual({
      table: 'youths',
      index: 0,
      id: youth.id,
      field: 'laterField',
      unknown: true,
    });
  });
});

describe('broken files: a clear reason and the database unchanged', () => {
  let valid: Record<string, unknown>;
  let before: Awaited<ReturnType<typeof snapshot>>;
  beforeEach(async () => {
    await fill(sampleData());
    valid = JSON.parse((await createBackupJson()).json) as Record<string, unknown>;
    before = await snapshot();
  });
  afterEach(async () => {
    expect(await snapshot()).toEqual(before);
  });

  async function resign(file: Record<string, unknown>) {
    return { ...file, checksum: await checksumOf(file.data) };
  }

  it('truncated JSON', async () => {
    const text = JSON.stringify(valid);
    await expectRejected(text.slice(0, Math.floor(text.length / 2)), 'notJson');
  });

  it('an empty file', async () => {
    await expectRejected('  ', 'empty');
  });

  it('a foreign JSON file', async () => {
    await expectRejected(JSON.stringify({ name: 'package', version: '1.0.0' }), 'foreign');
    await expectRejected('[1, 2, 3]', 'foreign');
  });

  it('a newer or unknown format version', async () => {
    await expectRejected(
      JSON.stringify({ ...valid, formatVersion: BACKUP_FORMAT_VERSION + 1 }),
      'newerFormat',
    );
    await expectRejected(JSON.stringify({ ...valid, formatVersion: 0 }), 'unsupportedFormat');
    await expectRejected(JSON.stringify({ ...valid, formatVersion: 'een' }), 'invalid');
  });

  it('an old-numbered file with an IndexedDB version no app ever wrote', async () => {
    await expectRejected(
      JSON.stringify({ ...valid, formatVersion: 1, schemaVersion: 99 }),
      'unsupportedFormat',
    );
  });

  it('a wrong checksum (changed after it was made)', async () => {
    const data = valid.data as BackupData;
    const changed = { ...data, youths: [{ ...data.youths[0]!, initials: 'Z.Z.' }] };
    await expectRejected(JSON.stringify({ ...valid, data: changed }), 'checksum');
  });

  it('duplicate ids', async () => {
    const data = valid.data as BackupData;
    const doubled = { ...data, youths: [...data.youths, { ...data.youths[0]! }] };
    const error = await expectRejected(
      JSON.stringify(await resign({ ...valid, data: doubled })),
      'duplicateId',
    );
    expect(error.detail).toMatchObject({ table: 'youths', id: data.youths[0]!.id });
  });

  it('a missing field', async () => {
    const data = valid.data as BackupData;
    const { birthDate: _gone, ...youth } = data.youths[1]!;
    const error = await expectRejected(
      JSON.stringify(
        await resign({ ...valid, data: { ...data, youths: [data.youths[0], youth] } }),
      ),
      'invalid',
    );
    expect(error.detail).toEqual({
      table: 'youths',
      index: 1,
      id: youth.id,
      field: 'birthDate',
      missing: true,
    });
  });

  it('a field of the wrong type', async () => {
    const data = valid.data as BackupData;
    const assessments = [{ ...data.assessments[0]!, colour: 'purple' }];
    const error = await expectRejected(
      JSON.stringify(await resign({ ...valid, data: { ...data, assessments } })),
      'invalid',
    );
    expect(error.detail).toMatchObject({ table: 'assessments', index: 0, field: 'colour' });
  });

  it('a table missing', async () => {
    const { meetings: _gone, ...data } = valid.data as BackupData;
    const error = await expectRejected(JSON.stringify(await resign({ ...valid, data })), 'invalid');
    expect(error.detail).toMatchObject({ table: 'meetings', missing: true });
  });

  // Every date and date-time field the app writes, with an impossible value the
  // pattern alone lets through: each is refused, named, as present but invalid.
  it.each([
    ['youths', 1, 'leftOn', '2026-02-31'],
    ['youths', 0, 'birthDate', '2010-02-30'],
    ['youths', 0, 'placementStart', '2025-13-01'],
    ['youths', 0, 'plannedEnd', '2027-04-31'],
    ['youths', 0, 'createdAt', '2026-02-31T10:00:00.000Z'],
    ['assessments', 0, 'assessedAt', '2026-11-01T25:00:00.000Z'],
    ['assessments', 0, 'dueDate', '2026-02-29'],
    ['meetings', 0, 'date', '2026-11-31'],
    ['settings', 0, 'lastBackupAt', '2026-02-30T10:00:00.000Z'],
  ] as const)('an impossible date: %s nr. %i, %s = %s', async (table, index, field, value) => {
    const data = structuredClone(valid.data) as Record<string, Record<string, unknown>[]>;
    data[table]![index]![field] = value;
    const error = await expectRejected(JSON.stringify(await resign({ ...valid, data })), 'invalid');
    expect(error.detail).toMatchObject({ table, index, field });
    expect(error.detail.missing).toBeUndefined();
  });

  it('an impossible creation date of the file itself', async () => {
    const error = await expectRejected(
      JSON.stringify({ ...valid, createdAt: '2026-02-31T10:00:00.000Z' }),
      'invalid',
    );
    expect(error.detail).toEqual({ field: 'createdAt' });
  });

  it('a present value of the wrong type is "invalid", not "missing"', async () => {
    const data = valid.data as BackupData;
    const youths = [{ ...data.youths[0]!, birthDate: 20100615 }, data.youths[1]];
    const error = await expectRejected(
      JSON.stringify(await resign({ ...valid, data: { ...data, youths } })),
      'invalid',
    );
    expect(error.detail).toMatchObject({ table: 'youths', index: 0, field: 'birthDate' });
    expect(error.detail.missing).toBeUndefined();
  });

  it('text longer than the app lets anyone type (a 1 MB initials field)', async () => {
    const data = valid.data as BackupData;
    const youths = [{ ...data.youths[0]!, initials: 'x'.repeat(1_000_000) }, data.youths[1]];
    const error = await expectRejected(
      JSON.stringify(await resign({ ...valid, data: { ...data, youths } })),
      'invalid',
    );
    expect(error.detail).toMatchObject({ table: 'youths', index: 0, field: 'initials' });
  });

  it('an id with a line break (it would end up in a calendar file)', async () => {
    const data = valid.data as BackupData;
    const meetings = [{ ...data.meetings[0]!, id: 'm1\r\nATTACH:http://x' }];
    const error = await expectRejected(
      JSON.stringify(await resign({ ...valid, data: { ...data, meetings } })),
      'invalid',
    );
    expect(error.detail).toMatchObject({ table: 'meetings', index: 0, field: 'id' });
  });

  it.each([
    ['youthId', 'nobody'],
    ['conditionId', 'gone'],
  ] as const)('an assessment whose %s names no record in the file', async (field, value) => {
    const data = valid.data as BackupData;
    const assessments = [{ ...data.assessments[0]!, [field]: value }, data.assessments[1]];
    const error = await expectRejected(
      JSON.stringify(await resign({ ...valid, data: { ...data, assessments } })),
      'invalid',
    );
    expect(error.detail).toMatchObject({ table: 'assessments', index: 0, field, reference: true });
  });

  it('an agenda item of a young person not in the file', async () => {
    const data = valid.data as BackupData;
    const meetings = [{ ...data.meetings[0]!, agenda: [{ youthId: 'nobody', notes: '' }] }];
    const error = await expectRejected(
      JSON.stringify(await resign({ ...valid, data: { ...data, meetings } })),
      'invalid',
    );
    expect(error.detail).toMatchObject({ table: 'meetings', field: 'agenda.0.youthId' });
  });

  // A backup may hold nothing the app could not have written: no extra field, however small.
  it.each([
    ['youths', 0, 'fullName', 'Mohammed El Amrani', 'fullName'],
    ['youths', 1, 'blob', 'x'.repeat(20 * 1024 * 1024), 'blob'],
    ['conditions', 0, 'criteria', { red: '', amber: '', green: '', extra: 'x' }, 'criteria.extra'],
    ['meetings', 0, 'agenda', [{ youthId: 'y1', notes: '', naam: 'Jan' }], 'agenda.0.naam'],
    ['settings', 0, 'wachtwoord', 'geheim', 'wachtwoord'],
    ['escalationUpdates', 0, 'bijlage', 'x', 'bijlage'],
  ] as const)('an unknown field: %s nr. %i, %s', async (table, index, field, value, named) => {
    const data = structuredClone(valid.data) as Record<string, Record<string, unknown>[]>;
    data[table]![index]![field] = value;
    const error = await expectRejected(JSON.stringify(await resign({ ...valid, data })), 'invalid');
    expect(error.detail).toMatchObject({ table, index, field: named, unknown: true });
  });

  it('an unknown field named __proto__ (JSON.parse makes it an own key)', async () => {
    const dataText = JSON.stringify(valid.data).replace(
      '"initials":',
      '"__proto__":{"isAdmin":true},"initials":',
    );
    const checksum = await checksumOf(JSON.parse(dataText));
    const { data: _data, checksum: _checksum, ...envelope } = valid;
    const text = `${JSON.stringify({ ...envelope, checksum }).slice(0, -1)},"data":${dataText}}`;
    const error = await expectRejected(text, 'invalid');
    expect(error.detail).toMatchObject({
      table: 'youths',
      index: 0,
      field: '__proto__',
      unknown: true,
    });
  });

  // The rules between a young person's fields that the form holds, by the form's own functions.
  it.each([
    [{ birthDate: '2010-06-15', placementStart: '2010-06-14' }, 'placementStart', false],
    [{ placementStart: '2025-01-10', plannedEnd: '2025-01-09' }, 'plannedEnd', false],
    [{ status: 'left', leftOn: undefined }, 'leftOn', true],
  ] as const)('a young person the form would refuse: %o', async (change, field, missing) => {
    const data = structuredClone(valid.data) as BackupData;
    data.youths[0] = { ...data.youths[0]!, ...change } as Youth;
    if ('status' in change) delete data.youths[0].leftOn;
    const error = await expectRejected(JSON.stringify(await resign({ ...valid, data })), 'invalid');
    expect(error.detail).toEqual({
      table: 'youths',
      index: 0,
      id: data.youths[0].id,
      field,
      ...(missing ? { missing: true } : {}),
    });
  });

  it('a truncated .json.gz (half a download) is "damaged or cut off", not half a restore', async () => {
    const packed = await gzipText(JSON.stringify(valid));
    const truncated = packed.slice(0, Math.floor(packed.size * 0.9));
    const error = await readBackupFile(truncated).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BackupError);
    expect((error as BackupError).code).toBe('notJson');
  });

  it('a .json.gz that unpacks to more than the limit is refused while unpacking', async () => {
    const limit = 1024 * 1024;
    const packed = await gzipText(' '.repeat(limit + 1));
    expect(packed.size).toBeLessThan(limit);
    const error = await readBackupFile(packed, limit).catch((caught: unknown) => caught);
    expect((error as BackupError).code).toBe('tooLarge');
  });

  it('a gzip file of something else is no backup', async () => {
    const error = await readBackupFile(await gzipText('{"name":"iets anders"}')).catch(
      (caught: unknown) => caught,
    );
    expect((error as BackupError).code).toBe('foreign');
  });

  it('a file over 500 MB is refused before it is read', async () => {
    let read = false;
    class HugeFile extends Blob {
      override get size() {
        return MAX_BACKUP_BYTES + 1;
      }
      override text() {
        read = true;
        return Promise.resolve('{}');
      }
    }
    const error = await readBackupFile(new HugeFile(['x'])).catch((caught: unknown) => caught);
    expect((error as BackupError).code).toBe('tooLarge');
    expect(read).toBe(false);
  });

  it('a real file one byte over the limit is refused too (a 1 MB limit, to spare memory)', async () => {
    const limit = 1024 * 1024;
    const huge = new Blob([new Uint8Array(limit + 1)]);
    const error = await readBackupFile(huge, limit).catch((caught: unknown) => caught);
    expect((error as BackupError).code).toBe('tooLarge');
    expect(MAX_BACKUP_BYTES).toBe(500 * 1024 * 1024);
  });
});

// --- Property: export → restore into an empty database gives the same data ----

const isoDate = fc
  .date({ min: new Date('2000-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));
const isoDateTime = fc
  .date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
  .map((date) => date.toISOString());
const text = fc.string({ maxLength: 12 });
// What the forms require to be filled in (a name, a location) is never blank.
const filled = fc.string({ minLength: 1, maxLength: 10 }).filter((value) => value.trim() !== '');
const metaArb = { createdAt: isoDateTime, updatedAt: isoDateTime, updatedBy: text };

const youthArb = (id: string) =>
  fc
    .record(
      {
        id: fc.constant(id as YouthId),
        // Initials as the form stores them: trimmed, never blank.
        initials: fc
          .string({ minLength: 1, maxLength: 6 })
          .filter((value) => value.trim() === value && value !== ''),
        clientNumber: text,
        birthDate: isoDate,
        municipality: fc.constantFrom('Zwolle', 'Deventer', 'Kampen', "'s-Hertogenbosch"),
        location: filled,
        placementType: fc.constantFrom(...PLACEMENT_TYPES),
        placementStart: isoDate,
        plannedEnd: isoDate,
        perspective: fc.constantFrom(...PERSPECTIVES),
        notes: fc.string({ maxLength: 40, unit: 'grapheme' }),
        status: fc.constantFrom('placed' as const, 'left' as const),
        leftOn: isoDate,
        ...metaArb,
      },
      {
        requiredKeys: [
          'id',
          'initials',
          'birthDate',
          'municipality',
          'location',
          'placementType',
          'placementStart',
          'status',
          'createdAt',
          'updatedAt',
          'updatedBy',
        ],
      },
    )
    .map((youth) => {
      // The rules between fields that the form holds (domain/youth.ts): born, placed, planned end.
      const [birthDate, placementStart] = [youth.birthDate, youth.placementStart].sort();
      const kept = { ...youth, birthDate: birthDate!, placementStart: placementStart! };
      if (kept.plannedEnd !== undefined && kept.plannedEnd < kept.placementStart)
        kept.plannedEnd = kept.placementStart;
      if (kept.status === 'left' && kept.leftOn === undefined) kept.leftOn = kept.placementStart;
      return kept;
    }) as fc.Arbitrary<Youth>;

const databaseArb = fc
  .record({
    youthCount: fc.integer({ min: 0, max: 5 }),
    conditionCount: fc.integer({ min: 1, max: 4 }),
  })
  .chain(({ youthCount, conditionCount }) => {
    const youthIds = Array.from({ length: youthCount }, (_, i) => `y-${i}`);
    const conditionIds = Array.from({ length: conditionCount }, (_, i) => `c-${i}`);
    const youths = fc.tuple(...youthIds.map(youthArb));
    const conditions = fc.tuple(
      ...conditionIds.map((id, order) =>
        fc.record({
          id: fc.constant(id),
          name: filled,
          description: text,
          criteria: fc.record({ red: text, amber: text, green: text }),
          order: fc.constant(order),
          retired: fc.boolean(),
          ...metaArb,
        }),
      ),
    );
    const assessments: fc.Arbitrary<Record<string, unknown>[]> =
      youthIds.length === 0
        ? fc.constant([])
        : fc.array(
            fc.record(
              {
                youthId: fc.constantFrom(...youthIds),
                conditionId: fc.constantFrom(...conditionIds),
                colour: fc.constantFrom('red', 'amber', 'green', 'notApplicable', 'unassessed'),
                reason: text,
                action: text,
                actionOwner: text,
                dueDate: isoDate,
                discussedWithYouth: fc.constantFrom('agreed', 'disagreed', 'notDiscussed'),
                assessedAt: isoDateTime,
                assessedBy: text,
                ...metaArb,
              },
              {
                requiredKeys: [
                  'youthId',
                  'conditionId',
                  'colour',
                  'reason',
                  'action',
                  'actionOwner',
                  'discussedWithYouth',
                  'assessedAt',
                  'assessedBy',
                  'createdAt',
                  'updatedAt',
                  'updatedBy',
                ],
              },
            ),
            { maxLength: 12 },
          );
    const meetings = fc.array(
      fc.record({
        type: fc.constantFrom('caseReview' as const, 'municipalReview' as const),
        date: isoDate,
        chair: text,
        attendees: fc.array(text, { maxLength: 3 }),
        municipalities: fc.array(text, { maxLength: 2 }),
        agenda: fc.array(
          fc.record({
            youthId: youthIds.length ? fc.constantFrom(...youthIds) : fc.constant('y-x'),
            notes: text,
          }),
          { maxLength: youthIds.length ? 3 : 0 },
        ),
        status: fc.constantFrom('planned' as const, 'inProgress' as const, 'closed' as const),
        notes: text,
        ...metaArb,
      }),
      { maxLength: 2 },
    );
    // Requests and checks name a young person who exists, as the app writes them.
    const requests = fc.array(
      fc.record({
        youthId: fc.constant('y-0'),
        trigger: fc.constantFrom('crisis', 'schoolDropout', 'placementBreakdown', 'other'),
        note: text,
        requestedAt: isoDateTime,
        ...metaArb,
      }),
      { maxLength: youthIds.length ? 2 : 0 },
    );
    const checks = fc.array(
      fc.record({
        youthId: fc.constant('y-0'),
        monthsAfter: fc.constantFrom(3 as const, 6 as const),
        checkedOn: isoDate,
        stillInIntendedPlace: fc.boolean(),
        backInCare: fc.boolean(),
        note: text,
        ...metaArb,
      }),
      { maxLength: youthIds.length ? 2 : 0 },
    );
    return fc.record({
      youths,
      conditions,
      assessments,
      meetings,
      requests,
      checks,
      settings: fc.record({ userName: text, conditionsSeeded: fc.boolean(), ...metaArb }),
    });
  })
  .map(({ youths, conditions, assessments, meetings, requests, checks, settings }): BackupData => ({
    youths: [...youths],
    conditions: [...conditions] as BackupData['conditions'],
    assessments: assessments.map(
      (assessment, i) => ({ ...assessment, id: `a-${i}` }) as unknown as Assessment,
    ),
    settings: [{ ...settings, id: SETTINGS_ID }],
    meetings: meetings.map((meeting, i) => ({ ...meeting, id: `m-${i}` }) as unknown as Meeting),
    reviewRequests: requests.map(
      (request, i) => ({ ...request, id: `r-${i}` as ReviewRequestId }) as ReviewRequest,
    ),
    outflowChecks: checks.map(
      (check, i) => ({ ...check, id: `o-${i}` as FollowUpId }) as unknown as OutflowCheck,
    ),
    reportNotes: [],
    escalations: [],
    escalationUpdates: [],
  }));

function sortedById(data: BackupData): Record<string, { id: string }[]> {
  return Object.fromEntries(
    Object.entries(data).map(([table, records]: [string, { id: string }[]]) => [
      table,
      [...records].sort((a, b) => a.id.localeCompare(b.id)),
    ]),
  );
}

describe('property: export → restore into an empty database', () => {
  it('gives back the same data for generated databases', async () => {
    await fc.assert(
      fc.asyncProperty(databaseArb, async (data) => {
        await fill(data);
        const { json } = await createBackupJson();
        const expected = await snapshot();

        database.close();
        database = await freshDatabase({ seed: false, person: false });
        await restoreBackup(await parseBackupText(json), 'replace');

        expect(await snapshot()).toEqual(expected);
        expect(sortedById(expected.data)).toEqual(sortedById(data));
      }),
      { numRuns: 25 },
    );
    // 25 databases written, exported and restored: slower than one example when the machine is busy.
  }, 60_000);
});
