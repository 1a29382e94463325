import { expect, test } from './fixtures';
import { expectNoSeriousA11yViolations } from './axe';
import { BoardPageModel } from './page-models/board-page';
import { DataPageModel, readBackupJson } from './page-models/data-safety';
import { MeetingsModel } from './page-models/meetings-page';
import {
  checksumOf,
  corruptStoredRecords,
  expectViewRenders,
  storedCounts,
} from './page-models/bad-data';

type BackupJson = {
  createdAt: string;
  checksum: string;
  data: Record<string, Record<string, unknown>[]>;
};

/** Every date and date-time field the app writes, with a value only the pattern allows. */
const IMPOSSIBLE: {
  table: string;
  where?: Record<string, unknown>;
  field: string;
  value: string;
}[] = [
  { table: 'youths', field: 'birthDate', value: '2010-02-30' },
  { table: 'youths', field: 'placementStart', value: '2025-13-01' },
  { table: 'youths', field: 'plannedEnd', value: '2027-04-31' },
  { table: 'youths', where: { status: 'left' }, field: 'leftOn', value: '2026-02-31' },
  { table: 'youths', field: 'createdAt', value: '2026-02-31T10:00:00.000Z' },
  { table: 'assessments', field: 'assessedAt', value: '2026-11-01T25:00:00.000Z' },
  { table: 'assessments', field: 'dueDate', value: '2026-02-29' },
  { table: 'settings', field: 'lastBackupAt', value: '2026-02-30T10:00:00.000Z' },
  { table: 'meetings', field: 'date', value: '2026-11-31' },
];

test('a backup with a valid checksum and an impossible date in any date field is refused, naming the field, and nothing changes', async ({
  demoPage: page,
}) => {
  test.setTimeout(120_000);
  const board = new BoardPageModel(page);
  await board.openStoredDemo();
  // A meeting, so the meetings table has a date to break.
  const meetings = new MeetingsModel(page);
  await meetings.openList();
  await meetings.planMonthly('Sam Jansen');

  const data = new DataPageModel(page);
  await data.open();
  const path = await data.downloadBackup();
  const valid = readBackupJson<BackupJson>(path);
  expect(valid.data.meetings!.length).toBeGreaterThan(0);
  const before = await storedCounts(page);

  for (const { table, where, field, value } of [
    ...IMPOSSIBLE,
    { table: '', field: 'createdAt', value: '2026-02-31T10:00:00.000Z' },
  ]) {
    const file = structuredClone(valid);
    if (table) {
      const record =
        file.data[table]!.find((candidate) =>
          Object.entries(where ?? {}).every(([key, expected]) => candidate[key] === expected),
        ) ?? file.data[table]![0]!;
      record[field] = value;
      file.checksum = checksumOf(file.data);
    } else {
      file.createdAt = value;
    }
    await data.chooseBackup({
      name: 'back-up.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(file)),
    });
    const message = page.getByText(/Dit bestand kan niet worden teruggezet/);
    await expect(message, `${table}.${field}`).toBeVisible();
    await expect(message).toContainText(new RegExp(`veld ‘${field}’ is ongeldig`, 'i'));
    await expect(message).toContainText('Er is niets gewijzigd.');
    await expect(page.getByRole('table', { name: 'Aantal gegevens per soort' })).toHaveCount(0);
  }
  expect(await storedCounts(page)).toEqual(before);
});

test('with the own data made bad directly in IndexedDB, every view still renders and Gegevens offers the repair', async ({
  demoPage: page,
}) => {
  test.setTimeout(120_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const board = new BoardPageModel(page);
  await board.openStoredDemo();

  const [badYouth] = await corruptStoredRecords(page, [
    { table: 'youths', where: { status: 'left' }, set: { leftOn: '2026-02-31' } },
    { table: 'youths', where: { status: 'placed' }, set: { birthDate: '2010-02-30' } },
    { table: 'assessments', set: { dueDate: '2026-02-30', assessedAt: 'gisteren' } },
    { table: 'currentLights', set: { dueDate: '2026-02-30', assessedAt: 'gisteren' } },
  ]);
  await page.reload();

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
    `/jongere/${encodeURIComponent(badYouth!)}`,
  ])
    await expectViewRenders(page, path);

  // The start-up check points to Gegevens, which lists what is wrong and offers the repair.
  await expect(page.getByRole('region', { name: 'Gegevens die niet kloppen' })).toBeVisible();
  const data = new DataPageModel(page);
  await data.open();
  await expect(page.getByText(/gegevens in deze browser die niet kloppen/).first()).toBeVisible();
  await page.getByRole('button', { name: 'Toon de gegevens die niet kloppen' }).click();
  const table = page.getByRole('table', { name: 'Gegevens die niet kloppen' });
  await expect(table.getByRole('row', { name: /leftOn/ })).toContainText('ongeldig');
  await expect(page.getByRole('heading', { name: 'Back-up terugzetten' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const lightRow = table.getByRole('row', { name: /^Stoplichten/ }).first();
  await lightRow.getByRole('button', { name: 'Herstellen' }).click();
  await expect(page.getByText('Hersteld.')).toBeVisible();
  expect(errors).toEqual([]);
});
