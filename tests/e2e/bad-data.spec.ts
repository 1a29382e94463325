import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoSeriousA11yViolations } from './axe';
import { BoardPageModel } from './page-models/board-page';
import { DataPageModel, readBackupJson } from './page-models/data-safety';
import { MeetingsModel } from './page-models/meetings-page';
import {
  checksumOf,
  corruptStoredRecords,
  expectViewRenders,
  storedContents,
  storedRecords,
} from './page-models/bad-data';

type BackupJson = {
  createdAt: string;
  checksum: string;
  data: Record<string, Record<string, unknown>[]>;
};

/**
 * Every date, date-time and month field of every table a backup holds, as
 * record-rules.ts names them (dotted for nested ones), with a value only the
 * pattern allows. `where` picks the record; the file is seeded first so that
 * every table has one (see seedEveryTable).
 */
const META_DATES = ['createdAt', 'updatedAt'];
const DATE_FIELDS: Record<string, string[]> = {
  youths: ['birthDate', 'placementStart', 'plannedEnd', 'leftOn', ...META_DATES],
  conditions: META_DATES,
  assessments: ['dueDate', 'assessedAt', ...META_DATES],
  settings: ['lastBackupAt', 'meetingCadence.municipalReview.startDate', ...META_DATES],
  meetings: ['date', 'startedAt', 'closedAt', 'agenda.0.discussedAt', ...META_DATES],
  reviewRequests: ['requestedAt', 'resolvedAt', ...META_DATES],
  outflowChecks: ['checkedOn', ...META_DATES],
  reportNotes: ['month', ...META_DATES],
  escalations: ['raisedOn', 'answerDueOn', ...META_DATES],
  escalationUpdates: ['on', ...META_DATES],
};
const DATE_TIME_FIELDS = new Set([
  ...META_DATES,
  'assessedAt',
  'lastBackupAt',
  'startedAt',
  'closedAt',
  'agenda.0.discussedAt',
  'requestedAt',
  'resolvedAt',
]);

function impossibleValue(field: string): string {
  if (field === 'month') return '2026-13';
  if (DATE_TIME_FIELDS.has(field)) return '2026-02-30T10:00:00.000Z';
  return '2026-02-31';
}

test('a backup with a valid checksum and an impossible date in any date field is refused, naming the field, and nothing changes', async ({
  demoPage: page,
}) => {
  test.setTimeout(180_000);
  const board = new BoardPageModel(page);
  await board.openStoredDemo();

  const data = new DataPageModel(page);
  await data.open();
  const path = await data.downloadBackup();
  const valid = seedEveryTable(readBackupJson<BackupJson>(path));
  for (const table of Object.keys(DATE_FIELDS))
    expect(valid.data[table]!.length, table).toBeGreaterThan(0);
  const before = await storedContents(page);

  // The seeded file itself is one the app accepts: each refusal below is the date's doing.
  await data.chooseBackup(asBackupFile(valid));
  await expect(page.getByRole('table', { name: 'Aantal gegevens per soort' })).toBeVisible();

  const cases = Object.entries(DATE_FIELDS).flatMap(([table, fields]) =>
    fields.map((field) => ({ table, field })),
  );
  for (const { table, field } of [...cases, { table: '', field: 'createdAt' }]) {
    const file = structuredClone(valid);
    const value = impossibleValue(field);
    if (table) {
      const record =
        (table === 'youths' && field === 'leftOn'
          ? file.data.youths!.find((youth) => youth.status === 'left')
          : undefined) ?? file.data[table]![0]!;
      setPath(record, field, value);
      file.checksum = checksumOf(file.data);
    } else {
      file.createdAt = value;
    }
    await data.chooseBackup(asBackupFile(file));
    const message = page.getByText(/Dit bestand kan niet worden teruggezet/);
    await expect(message, `${table}.${field}`).toBeVisible();
    await expect(message, `${table}.${field}`).toContainText(
      new RegExp(`veld ‘${field.replaceAll('.', '\\.')}’ is ongeldig`, 'i'),
    );
    await expect(message).toContainText('Er is niets gewijzigd.');
    await expect(page.getByRole('table', { name: 'Aantal gegevens per soort' })).toHaveCount(0);
  }
  // Every record of every table as it was, not only as many.
  expect(await storedContents(page)).toEqual(before);
});

test('with the own data made bad directly in IndexedDB, every view still renders and Gegevens offers the repair', async ({
  demoPage: page,
}) => {
  test.setTimeout(180_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const board = new BoardPageModel(page);
  await board.openStoredDemo();
  // A meeting with every placed young person on its agenda, so its date and theirs can be broken.
  const meetings = new MeetingsModel(page);
  await meetings.openList();
  await meetings.planMonthly('Sam Jansen');
  const meetingId = decodeURIComponent(/#\/overleg\/([^/?]+)/.exec(page.url())![1]!);

  await corruptStoredRecords(page, [
    { table: 'youths', where: { status: 'left' }, set: { leftOn: '2026-02-31' } },
    // Not even shaped like a date, as a bug writing a label instead of a value might.
    { table: 'youths', where: { status: 'placed' }, set: { birthDate: 'gisteren' } },
    { table: 'assessments', set: { dueDate: '2026-02-30', assessedAt: 'gisteren' } },
    { table: 'currentLights', set: { dueDate: '2026-02-30', assessedAt: 'gisteren' } },
    { table: 'meetings', where: { id: meetingId }, set: { date: '2026-11-31' } },
  ]);
  // Found by what was made bad, not by the order the changes were applied in.
  const youths = await storedRecords(page, 'youths');
  const badBirth = youths.find((youth) => youth.birthDate === 'gisteren')!;
  const badLeft = youths.find((youth) => youth.leftOn === '2026-02-31')!;
  expect(badBirth, 'a young person with birth date ‘gisteren’').toBeDefined();
  expect(badLeft, 'a young person who left on 2026-02-31').toBeDefined();
  expect((await storedRecords(page, 'meetings')).find((m) => m.id === meetingId)?.date).toBe(
    '2026-11-31',
  );
  await page.reload();

  const thisMonth = new Date().toISOString().slice(0, 7);
  for (const path of [
    '/',
    '/aandacht',
    '/acties',
    '/overleggen',
    '/gemeenten',
    '/regio',
    '/uitgestroomd',
    '/randvoorwaarden',
    '/instellingen',
    `/jongere/${encodeURIComponent(String(badBirth.id))}`,
    `/jongere/${encodeURIComponent(String(badBirth.id))}/bewerken`,
    `/jongere/${encodeURIComponent(String(badLeft.id))}`,
    `/rapport/${encodeURIComponent(String(badBirth.municipality))}/${thisMonth}`,
    `/rapport/${encodeURIComponent(String(badLeft.municipality))}/${thisMonth}`,
    `/rapport/${encodeURIComponent(String(badLeft.municipality))}/2026-02`,
    `/overleg/${encodeURIComponent(meetingId)}`,
    `/overleg/${encodeURIComponent(meetingId)}/verslag`,
  ])
    await expectViewRenders(page, path);

  // The young person's page says what it cannot read instead of guessing.
  await expectViewRenders(page, `/jongere/${encodeURIComponent(String(badBirth.id))}`);
  await expect(page.locator('.youth-facts').getByText('ongeldige datum').first()).toBeVisible();

  // Gemeenten with the municipality of the bad leaving date chosen, by keyboard.
  await expectViewRenders(page, '/gemeenten');
  const municipalities = page.getByRole('group', { name: /gemeente/i });
  const choice = municipalities.getByRole('checkbox', {
    name: String(badLeft.municipality),
    exact: true,
  });
  await choice.focus();
  if (!(await choice.isChecked())) await page.keyboard.press('Space');
  await expect(choice).toBeChecked();
  await expectNoRouteError(page);
  await expect(page.locator('main h1').first()).toBeVisible();

  // Meeting mode, before and after the meeting starts: the room shows the agenda's young people.
  await page.goto(`/#/overleg/${encodeURIComponent(meetingId)}/vergadering`);
  await expect(page.locator('main h1').first()).toBeVisible();
  await expectNoRouteError(page);
  await page.getByRole('button', { name: 'Overleg starten' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
  await expect(page.locator('main h1').first()).toContainText('ongeldige datum');
  await expectNoRouteError(page);

  // The start-up check points to Gegevens, which lists what is wrong and offers the repair.
  await page.goto('/#/');
  await expect(page.getByRole('region', { name: 'Gegevens die niet kloppen' })).toBeVisible();
  const data = new DataPageModel(page);
  await data.open();
  await expect(page.getByText(/gegevens in deze browser die niet kloppen/).first()).toBeVisible();
  await page.getByRole('button', { name: 'Toon de gegevens die niet kloppen' }).click();
  const table = page.getByRole('table', { name: 'Gegevens die niet kloppen' });
  await expect(table.getByRole('row', { name: /leftOn/ })).toContainText('ongeldig');
  await expect(table.getByRole('row', { name: /birthDate/ })).toContainText('ongeldig');
  await expect(page.getByRole('heading', { name: 'Back-up terugzetten' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const lightRow = table.getByRole('row', { name: /^Stoplichten/ }).first();
  await lightRow.getByRole('button', { name: 'Herstellen' }).click();
  await expect(page.getByText('Hersteld.')).toBeVisible();
  const meetingRow = table.getByRole('row', { name: /^Overleggen/ }).first();
  await meetingRow.getByRole('button', { name: 'Herstellen' }).click();
  await expect(table.getByRole('row', { name: /^Overleggen/ })).toHaveCount(0);

  // The repair is in the database, not only in a message: readable dates, history appended to.
  const meeting = (await storedRecords(page, 'meetings')).find((m) => m.id === meetingId)!;
  expect(meeting.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(meeting.date).not.toBe('2026-11-31');
  for (const name of ['assessments', 'currentLights'])
    expect(
      (await storedRecords(page, name)).filter((light) => light.assessedAt === 'gisteren'),
      name,
    ).toEqual([]);
  expect(errors).toEqual([]);
});

// ---- Helpers of the impossible-date test ---------------------------------

function asBackupFile(file: BackupJson) {
  return {
    name: 'back-up.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file)),
  };
}

/** Sets a dotted path (`agenda.0.discussedAt`) in a record. */
function setPath(record: Record<string, unknown>, path: string, value: unknown) {
  const keys = path.split('.');
  let target = record as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) target = target[key] as Record<string, unknown>;
  target[keys.at(-1)!] = value;
}

/**
 * The downloaded backup with one record in each table the demo board leaves
 * empty, and every optional date filled: what the app itself writes (a closed
 * meeting with a discussed agenda item, a resolved request, a follow-up check,
 * a report note, an answered escalation, a meeting cadence).
 */
function seedEveryTable(backup: BackupJson): BackupJson {
  const file = structuredClone(backup);
  const at = '2026-10-01T10:00:00.000Z';
  const meta = { createdAt: at, updatedAt: at, updatedBy: 'E2E' };
  const youth = file.data.youths!.find((candidate) => candidate.status === 'placed')!;
  const youthId = youth.id as string;
  youth.plannedEnd ??= '2027-06-30';
  const condition = file.data.conditions![0]!;
  const assessment = file.data.assessments![0]!;
  assessment.dueDate ??= '2026-12-01';
  const settings = file.data.settings![0]!;
  settings.lastBackupAt ??= at;
  settings.meetingCadence = {
    caseReview: { week: 1, weekday: 2 },
    municipalReview: { startDate: '2026-01-13', intervalWeeks: 6 },
  };
  file.data.meetings = [
    ...(file.data.meetings ?? []),
    {
      id: 'e2e-meeting',
      type: 'caseReview',
      date: '2026-10-06',
      chair: 'Sam Jansen',
      attendees: [],
      municipalities: [],
      agenda: [{ youthId, notes: '', discussedAt: '2026-10-06T10:30:00.000Z' }],
      status: 'closed',
      startedAt: '2026-10-06T10:00:00.000Z',
      closedAt: '2026-10-06T11:00:00.000Z',
      notes: '',
      ...meta,
    },
  ];
  file.data.reviewRequests = [
    ...(file.data.reviewRequests ?? []),
    {
      id: 'e2e-request',
      youthId,
      trigger: 'crisis',
      note: '',
      requestedAt: at,
      resolvedAt: '2026-10-06T11:00:00.000Z',
      ...meta,
    },
  ];
  file.data.outflowChecks = [
    ...(file.data.outflowChecks ?? []),
    {
      id: 'e2e-check',
      youthId,
      monthsAfter: 3,
      checkedOn: '2026-10-01',
      stillInIntendedPlace: true,
      backInCare: false,
      note: '',
      ...meta,
    },
  ];
  file.data.reportNotes = [
    ...(file.data.reportNotes ?? []),
    { id: 'e2e-note', municipality: youth.municipality, month: '2026-09', text: '', ...meta },
  ];
  file.data.escalations = [
    ...(file.data.escalations ?? []),
    {
      id: 'e2e-escalation',
      youthId,
      conditionId: condition.id,
      question: 'Een plek begeleid wonen',
      askedOf: 'contractmanager',
      raisedOn: '2026-10-01',
      answerDueOn: '2026-10-15',
      ...meta,
    },
  ];
  file.data.escalationUpdates = [
    ...(file.data.escalationUpdates ?? []),
    {
      id: 'e2e-answer',
      escalationId: 'e2e-escalation',
      youthId,
      kind: 'answer',
      on: '2026-10-10',
      answer: 'Plek per januari',
      outcome: 'resolved',
      ...meta,
    },
  ];
  file.checksum = checksumOf(file.data);
  return file;
}

/** Neither a route's nor the whole app's fallback, and not a white page. */
async function expectNoRouteError(page: Page) {
  await expect(page.getByText('Deze pagina kan niet worden getoond')).toHaveCount(0);
  await expect(page.getByText('Het Uitstroombord kan niet worden getoond')).toHaveCount(0);
  expect((await page.locator('body').innerText()).trim()).not.toBe('');
}
