import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildRows, indexCurrentLights, sortRows } from '@/domain/board';
import { activeConditions } from '@/domain/conditions';
import { ageOn, localDateOf, turnsEighteenOn } from '@/domain/dates';
import { escalationsActiveBetween, escalationViews } from '@/domain/escalation';
import type { FollowUpId, MeetingId, ReportNoteId, ReviewRequestId } from '@/domain/ids';
import { leftListRows } from '@/domain/left-list';
import type { Meeting } from '@/domain/meeting-types';
import {
  agendaReasons,
  defaultMeetingCadence,
  overdueWarnings,
  proposeAgenda,
  redAndOverduePriority,
  signalPriority,
  summarizeMeeting,
} from '@/domain/meetings';
import { municipalSummary } from '@/domain/municipal-review';
import {
  currentLightsOf,
  DEFAULT_SIGNAL_THRESHOLDS,
  dueFollowUps,
  openActions,
  signalsByYouth,
} from '@/domain/signals';
import { monthOf } from '@/domain/state-at-date';
import type { YouthId } from '@/domain/ids';
import {
  knownMunicipalities,
  municipalReview,
  municipalReviewToday,
  regionalReview,
  regionalReviewToday,
} from '@/features/review/review-model';
import { t } from '@/i18n/dictionary';
import {
  makeAssessment,
  makeCondition,
  makeEscalation,
  makeEscalationUpdate,
  makeYouth,
} from '@/testing/factories';
import { freshDatabase } from '@/testing/test-database';
import { eighteenthBirthday, formatAge, formatDate, formatDateTime } from '@/ui/format';
import { createBackupJson } from '@/testing/backup-files';
import { readAllData, restoreBackup } from './backup';
import {
  BACKUP_TABLES,
  BackupError,
  checksumOf,
  parseBackupText,
  type BackupData,
  type BackupFile,
} from './backup-format';
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

/** A board with at least one valid record in every table a backup holds, so each can be mutated. */
async function fillValid(): Promise<void> {
  const youth = makeYouth({ initials: 'K.L.', plannedEnd: '2027-01-01', birthDate: '2009-03-01' });
  const left = makeYouth({
    initials: 'M.N.',
    status: 'left',
    leftOn: '2026-06-01',
    actualDestination: 'thuis',
  });
  const condition = makeCondition({ key: 'housing', name: 'Wonen' });
  const transition = makeCondition({
    key: 'transition18',
    name: '18+ overgang',
    order: 1,
    appliesFromAge: 16,
  });
  await database.transaction('rw', database.tables, async () => {
    await Promise.all(database.tables.map((table) => table.clear()));
    const assessments = [
      makeAssessment({
        youthId: youth.id,
        conditionId: condition.id,
        colour: 'red',
        dueDate: '2026-12-01',
        actionOwner: 'Mehmet K.',
        actionOwnerRole: 'mentor',
        assessedAt: '2026-10-01T10:00:00.000Z',
      }),
      makeAssessment({
        youthId: youth.id,
        conditionId: transition.id,
        colour: 'amber',
        meetingId: 'meeting-2' as MeetingId,
        assessedAt: '2026-10-20T10:30:00.000Z',
      }),
    ];
    await database.youths.bulkAdd([youth, left]);
    await database.conditions.bulkAdd([condition, transition]);
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
      startTime: '10:00',
      endTime: '11:30',
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
    const closed: Meeting = {
      ...meeting,
      id: 'meeting-2' as MeetingId,
      type: 'municipalReview',
      date: '2026-10-20',
      municipalities: [youth.municipality],
      agenda: [{ youthId: youth.id, notes: 'Besproken', discussedAt: '2026-10-20T10:30:00.000Z' }],
      status: 'closed',
      startedAt: '2026-10-20T10:00:00.000Z',
      closedAt: '2026-10-20T11:00:00.000Z',
    };
    await database.meetings.bulkAdd([meeting, closed]);
    await database.reviewRequests.add({
      id: 'r1' as ReviewRequestId,
      youthId: youth.id,
      trigger: 'crisis',
      note: '',
      requestedAt: at,
      createdAt: at,
      updatedAt: at,
      updatedBy: 'Sanne',
    });
    await database.outflowChecks.add({
      id: 'f1' as FollowUpId,
      youthId: left.id,
      monthsAfter: 3,
      checkedOn: '2026-09-02',
      reached: true,
      stillInIntendedPlace: true,
      backInCare: false,
      note: '',
      createdAt: at,
      updatedAt: at,
      updatedBy: 'Sanne',
    });
    await database.reportNotes.add({
      id: 'n1' as ReportNoteId,
      municipality: youth.municipality,
      month: '2026-10',
      text: 'Toelichting',
      createdAt: at,
      updatedAt: at,
      updatedBy: 'Sanne',
    });
    const escalation = makeEscalation({ youthId: youth.id, conditionId: condition.id });
    await database.escalations.add(escalation);
    await database.escalationUpdates.add(
      makeEscalationUpdate({ escalationId: escalation.id, youthId: youth.id }),
    );
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
function runViewModels(data: BackupData, file?: BackupFile): void {
  const conditions = activeConditions(data.conditions);
  const lights = currentLightsOf(data.assessments);
  const index = indexCurrentLights(lights);
  const rows = buildRows(data.youths, conditions, index, TODAY);
  for (const key of ['initials', 'municipality', 'plannedEnd', 'turnsEighteen', 'reds'] as const)
    sortRows(rows, key, 'asc');
  const signals = signalsByYouth({
    youths: data.youths,
    conditions,
    lights: index,
    reviewRequests: data.reviewRequests,
    thresholds: DEFAULT_SIGNAL_THRESHOLDS,
    today: TODAY,
  });
  openActions(data.youths, conditions, lights, TODAY);
  dueFollowUps(
    data.youths.filter((youth) => youth.status === 'left'),
    data.outflowChecks,
    TODAY,
  );

  // The young person's page and the board's row.
  for (const youth of data.youths) {
    eighteenthBirthday(youth.birthDate, TODAY);
    eighteenthBirthday(youth.birthDate, TODAY, 'month');
    turnsEighteenOn(youth.birthDate);
    formatAge(ageOn(youth.birthDate, TODAY), t.dates.yearsOld);
  }
  // Uitgestroomd.
  leftListRows(
    data.youths.filter((youth) => youth.status === 'left'),
    data.outflowChecks,
  );

  // Gemeenten, the monthly report and Regio, for every municipality and a past and the current month.
  const reviewData = {
    youths: data.youths,
    conditions,
    providerName: '',
    checks: data.outflowChecks,
    assessments: data.assessments,
    escalations: data.escalations,
    escalationUpdates: data.escalationUpdates,
  };
  const escalations = { escalations: data.escalations, updates: data.escalationUpdates };
  for (const municipality of knownMunicipalities(reviewData)) {
    for (const month of ['2026-10', monthOf(TODAY)])
      municipalReview(reviewData, [municipality], month, TODAY);
    municipalReviewToday(reviewData, index, escalations, [municipality], TODAY);
    municipalSummary({
      municipalities: [municipality],
      youths: data.youths,
      conditions,
      lights: index,
      today: TODAY,
    });
  }
  regionalReview(reviewData, '2026-10', TODAY);
  regionalReviewToday(reviewData, index, TODAY);
  escalationViews(data.escalations, data.escalationUpdates, TODAY);

  // Overleggen, a meeting's agenda proposal and reasons, and its minutes.
  overdueWarnings(data.meetings, defaultMeetingCadence(), TODAY);
  const priority = signalPriority(signals, redAndOverduePriority(conditions, index, TODAY));
  const placed = data.youths.filter((youth) => youth.status === 'placed');
  const youthsById = new Map<YouthId, (typeof data.youths)[number]>(
    data.youths.map((youth) => [youth.id, youth]),
  );
  for (const meeting of data.meetings) {
    proposeAgenda({
      type: meeting.type,
      youths: placed,
      municipalities: meeting.municipalities,
      priority,
    });
    for (const item of meeting.agenda) {
      const youth = youthsById.get(item.youthId);
      if (youth)
        agendaReasons({
          youth,
          signals: signals.get(youth.id) ?? [],
          conditions,
          lights: index,
          thresholds: DEFAULT_SIGNAL_THRESHOLDS,
          today: TODAY,
        });
    }
    summarizeMeeting({ meeting, conditions, history: data.assessments, youths: youthsById });
    escalationsActiveBetween(
      escalationViews(data.escalations, data.escalationUpdates, TODAY),
      new Set<string>(meeting.agenda.map((item) => item.youthId)),
      (meeting.startedAt && localDateOf(meeting.startedAt)) || meeting.date,
      (meeting.closedAt && localDateOf(meeting.closedAt)) || meeting.date,
      (timestamp) => localDateOf(timestamp) ?? '',
    );
  }

  for (const text of strings(file ?? data)) {
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

function valueAt(root: unknown, path: Path): unknown {
  return path.reduce<unknown>(
    (value, key) => (value as Record<string | number, unknown>)[key],
    root,
  );
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

const envelopeMutation = fc.oneof(
  mutation,
  fc.constantFrom('2026-02-31T10:00:00.000Z', 'gisteren', 'uitstroombord-backup', 0, 1, 4, 5, 99),
);

/** A file refused: a Dutch message ending in "nothing changed", and nothing did. */
async function expectRefused(error: unknown, before: BackupData): Promise<void> {
  expect(error).toBeInstanceOf(BackupError);
  const { code, detail } = error as BackupError;
  const message = tb.errors[code];
  const text = typeof message === 'function' ? message(detail) : message;
  expect(text).toMatch(/Er is niets gewijzigd\.$/);
  expect(await readAllData()).toEqual(before);
}

describe('fuzz: a valid backup with one field changed and the checksum recomputed', () => {
  it('holds a valid record in every table a backup holds', async () => {
    await fillValid();
    const valid = JSON.parse((await createBackupJson()).json) as { data: BackupData };
    for (const table of BACKUP_TABLES) expect(valid.data[table].length, table).toBeGreaterThan(0);
    runViewModels(valid.data);
  });

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
          await expectRefused(error, before);
          return;
        }
        runViewModels(parsed.data, parsed);
        await restoreBackup(parsed, 'replace');
        const restored = await readAllData();
        runViewModels(restored, parsed);
        // Back to the valid state for the next run.
        await restoreBackup(await parseBackupText(JSON.stringify(valid)), 'replace');
      }),
      { numRuns: 400 },
    );
  }, 120_000);

  it('with one value made bad past every check (as a future bug might), every view model still runs', async () => {
    await fillValid();
    const valid = JSON.parse((await createBackupJson()).json) as { data: BackupData };
    const paths = leafPaths(valid.data).filter(
      (path) => typeof valueAt(valid.data, path) === 'string',
    );
    const badString = fc.oneof(
      fc.string(),
      fc.constantFrom('gisteren', '2026-02-31', '2026-02-31T10:00:00.000Z', '', 'NaN'),
      fc.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      fc.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
    );
    fc.assert(
      fc.property(fc.constantFrom(...paths), badString, (path, value) => {
        const data = structuredClone(valid.data);
        setAt(data as unknown as Record<string, unknown>, path, value);
        runViewModels(data);
      }),
      { numRuns: 400 },
    );
  });

  it('with a field of the file itself changed, is refused in Dutch or shown without throwing', async () => {
    await fillValid();
    const valid = JSON.parse((await createBackupJson()).json) as Record<string, unknown>;
    const fields = [...Object.keys(valid).filter((key) => key !== 'data'), 'schemaVersion'];
    const before = await readAllData();

    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...fields), envelopeMutation, async (field, value) => {
        const file = structuredClone(valid);
        setAt(file, [field], value);
        let parsed;
        try {
          parsed = await parseBackupText(JSON.stringify(file));
        } catch (error) {
          await expectRefused(error, before);
          return;
        }
        // What the restore section shows of a chosen file, before anything is written.
        formatDateTime(parsed.createdAt);
        formatDate(parsed.createdAt);
        runViewModels(parsed.data, parsed);
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});
