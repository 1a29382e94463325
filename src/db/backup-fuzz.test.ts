import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildRows, indexCurrentLights, sortRows } from '@/domain/board';
import { activeConditions } from '@/domain/conditions';
import type { MeetingId } from '@/domain/ids';
import type { Meeting } from '@/domain/meeting-types';
import {
  currentLightsOf,
  DEFAULT_SIGNAL_THRESHOLDS,
  openActions,
  signalsByYouth,
} from '@/domain/signals';
import { makeAssessment, makeCondition, makeYouth } from '@/testing/factories';
import { freshDatabase } from '@/testing/test-database';
import { formatDate, formatDateTime } from '@/ui/format';
import { createBackupJson } from '@/testing/backup-files';
import { readAllData, restoreBackup } from './backup';
import { BackupError, checksumOf, parseBackupText, type BackupData } from './backup-format';
import { SETTINGS_ID, type UitstroombordDatabase } from './database';
import { tb } from '@/i18n/backup';

let database: UitstroombordDatabase;
beforeEach(async () => {
  database = await freshDatabase();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  database.close();
  vi.restoreAllMocks();
});

const at = '2026-11-01T10:00:00.000Z';
const TODAY = '2026-11-26';

async function fillValid(): Promise<void> {
  const youth = makeYouth({ initials: 'K.L.', plannedEnd: '2027-01-01' });
  const left = makeYouth({ initials: 'M.N.', status: 'left', leftOn: '2026-06-01' });
  const condition = makeCondition({ key: 'housing', name: 'Wonen' });
  await database.transaction('rw', database.tables, async () => {
    await Promise.all(database.tables.map((table) => table.clear()));
    const assessments = [
      makeAssessment({ youthId: youth.id, conditionId: condition.id, dueDate: '2026-12-01' }),
    ];
    await database.youths.bulkAdd([youth, left]);
    await database.conditions.add(condition);
    await database.assessments.bulkAdd(assessments);
    await database.currentLights.bulkPut(currentLightsOf(assessments));
    await database.settings.add({
      id: SETTINGS_ID,
      userName: 'Sanne',
      conditionsSeeded: true,
      lastBackupAt: at,
      createdAt: at,
      updatedAt: at,
      updatedBy: 'Sanne',
    });
    const meeting: Meeting = {
      id: 'meeting-1' as MeetingId,
      type: 'caseReview',
      date: '2026-11-20',
      chair: 'Sanne',
      attendees: ['Sanne'],
      municipalities: [],
      agenda: [{ youthId: youth.id, notes: '' }],
      status: 'planned',
      notes: '',
      createdAt: at,
      updatedAt: at,
      updatedBy: 'Sanne',
    };
    await database.meetings.add(meeting);
    await database.reviewRequests.add({
      id: 'r1' as never,
      youthId: youth.id,
      trigger: 'crisis',
      note: '',
      requestedAt: at,
      createdAt: at,
      updatedAt: at,
      updatedBy: 'Sanne',
    });
  });
}

/** Every string anywhere in the data: each is fed to the formatters a view could use. */
function strings(value: unknown, found: string[] = []): string[] {
  if (typeof value === 'string') found.push(value);
  else if (Array.isArray(value)) value.forEach((item) => strings(item, found));
  else if (value && typeof value === 'object')
    Object.values(value).forEach((item) => strings(item, found));
  return found;
}

/** What the views compute from the data; none may throw on what a restore let in. */
function runViewModels(data: BackupData): void {
  const conditions = activeConditions(data.conditions);
  const lights = currentLightsOf(data.assessments);
  const index = indexCurrentLights(lights);
  const rows = buildRows(data.youths, conditions, index, TODAY);
  for (const key of ['initials', 'municipality', 'plannedEnd', 'turnsEighteen', 'reds'] as const)
    sortRows(rows, key, 'asc');
  signalsByYouth({
    youths: data.youths,
    conditions,
    lights: index,
    reviewRequests: data.reviewRequests,
    thresholds: DEFAULT_SIGNAL_THRESHOLDS,
    today: TODAY,
  });
  openActions(data.youths, conditions, lights, TODAY);
  for (const text of strings(data)) {
    formatDate(text);
    formatDateTime(text);
  }
}

type Path = (string | number)[];

/** Every leaf path of the data: a table, a record, a field (nested ones too). */
function leafPaths(value: unknown, path: Path = []): Path[] {
  if (Array.isArray(value))
    return value.length ? value.flatMap((item, i) => leafPaths(item, [...path, i])) : [path];
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => leafPaths(item, [...path, key]));
  return [path];
}

function setAt(root: Record<string, unknown>, path: Path, value: unknown): void {
  let target = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (value === undefined) delete target[last];
  else target[last] = value;
}

const mutation = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.string(),
  fc.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
  fc.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant('x'.repeat(6_000)),
  fc.constant('a\r\nATTACH:x'),
  fc.anything(),
);

describe('fuzz: a valid backup with one field changed and the checksum recomputed', () => {
  it('is either refused in Dutch with nothing changed, or restores into data every view can show', async () => {
    await fillValid();
    const valid = JSON.parse((await createBackupJson()).json) as Record<string, unknown>;
    const paths = leafPaths(valid.data);
    const before = await readAllData();

    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...paths), mutation, async (path, value) => {
        const file = structuredClone(valid);
        setAt(file.data as Record<string, unknown>, path, value);
        file.checksum = await checksumOf(file.data);
        let parsed;
        try {
          parsed = await parseBackupText(JSON.stringify(file));
        } catch (error) {
          expect(error).toBeInstanceOf(BackupError);
          const { code, detail } = error as BackupError;
          const message = tb.errors[code];
          const text = typeof message === 'function' ? message(detail) : message;
          expect(text).toMatch(/Er is niets gewijzigd\.$/);
          expect(await readAllData()).toEqual(before);
          return;
        }
        await restoreBackup(parsed, 'replace');
        const restored = await readAllData();
        runViewModels(restored);
        // Back to the valid state for the next run.
        await restoreBackup(await parseBackupText(JSON.stringify(valid)), 'replace');
      }),
      { numRuns: 150 },
    );
  }, 120_000);
});
