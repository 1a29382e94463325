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

/** Every record of a table, read straight from IndexedDB (the app's own database). */
async function storedRecords(page: Page, table: string): Promise<Record<string, unknown>[]> {
  return page.evaluate(
    (name) =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const open = indexedDB.open('uitstroombord');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const database = open.result;
          const request = database.transaction(name, 'readonly').objectStore(name).getAll();
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            database.close();
            resolve(request.result as Record<string, unknown>[]);
          };
        };
      }),
    table,
  );
}

/** Neither a route's nor the whole app's fallback, and not a white page. */
async function expectNoRouteError(page: Page) {
  await expect(page.getByText('Deze pagina kan niet worden getoond')).toHaveCount(0);
  await expect(page.getByText('Het Uitstroombord kan niet worden getoond')).toHaveCount(0);
  expect((await page.locator('body').innerText()).trim()).not.toBe('');
}
