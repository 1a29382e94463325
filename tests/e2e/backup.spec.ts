import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { checksumOf, storedCounts } from './page-models/bad-data';
import { autoAnswerWelcome, expect, test } from './fixtures';
import { expectNoSeriousA11yViolations } from './axe';
import { BoardPageModel } from './page-models/board-page';
import { DataPageModel, readBackupJson, trackForeignRequests } from './page-models/data-safety';

const origin = () => new URL(test.info().project.use.baseURL ?? 'http://127.0.0.1:4173').origin;

/** What the board shows: the count line and every rendered cell's name (initials – condition: colour). */
async function boardSnapshot(page: Page) {
  const board = new BoardPageModel(page);
  await page.goto('/#/');
  await expect(board.grid()).toBeVisible();
  // The rows just outside the view follow once the list has settled.
  await expect(page.locator('.board-scroll[data-margin="ready"]')).toBeVisible();
  const count = await page.getByText(/^\d+ jongeren$/).textContent();
  const cells = await board
    .grid()
    .getByRole('button')
    .evaluateAll((buttons) => buttons.map((button) => button.getAttribute('aria-label')));
  return { count, cells: cells.sort() };
}

test('a backup downloaded in one browser restores the same board in a fresh one', async ({
  browser,
  context,
  demoPage: page,
}) => {
  const foreign = trackForeignRequests(context, origin());
  const board = new BoardPageModel(page);
  await board.openStoredDemo();
  // One change on top of the demo, so the backup is more than the generator's output.
  const cell = board.grid().getByRole('button').first();
  await cell.focus();
  await page.keyboard.press('o');
  const before = await boardSnapshot(page);
  expect(before.cells.length).toBeGreaterThan(8);

  const data = new DataPageModel(page);
  await data.open();
  await expect(
    page.getByText('Er is op dit apparaat nog nooit een back-up gemaakt.'),
  ).toBeVisible();
  const path = await data.downloadBackup();
  await expect(page.getByText(/^Laatste back-up: /)).toBeVisible();
  const file = readBackupJson(path);
  expect(file).toMatchObject({
    format: 'uitstroombord-backup',
    formatVersion: 4, // the file's own version (src/db/backup-format.ts), not the schema's
  });
  expect(file).not.toHaveProperty('schemaVersion');
  expect(file.checksum).toMatch(/^[0-9a-f]{64}$/);

  // A fresh profile: empty IndexedDB.
  const { baseURL, locale, timezoneId, viewport } = test.info().project.use;
  const fresh = await browser.newContext({ baseURL, locale, timezoneId, viewport });
  const freshForeign = trackForeignRequests(fresh, origin());
  const other = await fresh.newPage();
  await autoAnswerWelcome(other);
  const restore = new DataPageModel(other);
  await restore.open();
  await restore.chooseBackup(path);
  const plan = other.getByRole('table', { name: 'Aantal gegevens per soort' });
  await expect(plan).toBeVisible();
  await expect(
    plan
      .getByRole('row', { name: /^Jongeren/ })
      .getByRole('cell')
      .nth(1),
  ).toHaveText('0');
  await other.getByRole('radio', { name: /Vervangen/ }).check();
  await other.getByRole('button', { name: 'Alles vervangen' }).click();
  await expect(other.getByText('De back-up is teruggezet.')).toBeVisible();

  expect(await boardSnapshot(other)).toEqual(before);
  await fresh.close();
  expect(foreign).toEqual([]);
  expect(freshForeign).toEqual([]);
});

test('a compressed backup written by the app and an old plain .json restore by keyboard; a truncated .json.gz is refused and changes nothing', async ({
  demoPage: page,
}) => {
  // Three restores of a demo board, each checked first: more than a minute on a busy machine.
  test.setTimeout(180_000);
  const board = new BoardPageModel(page);
  await board.openStoredDemo();
  const data = new DataPageModel(page);
  await data.open();
  const path = await data.downloadBackup();
  const packed = readFileSync(path);
  // gzip (its magic bytes), several times smaller than the JSON inside, and the checksum holds.
  expect([...packed.subarray(0, 2)]).toEqual([0x1f, 0x8b]);
  const file = readBackupJson<{ checksum: string; data: Record<string, unknown[]> }>(path);
  expect(file.checksum).toBe(checksumOf(file.data));
  expect(packed.length * 5).toBeLessThan(Buffer.byteLength(JSON.stringify(file)));
  const before = await storedCounts(page);
  expect(before.youths).toBe(file.data.youths!.length);

  // Half a download: refused in Dutch, next to the field, and nothing is read or written.
  await data.chooseBackup({
    name: 'uitstroombord-backup-half.json.gz',
    mimeType: 'application/gzip',
    buffer: packed.subarray(0, Math.floor(packed.length * 0.6)),
  });
  const problem = page.getByText(/beschadigd of afgebroken/);
  await expect(problem).toBeVisible();
  await expect(problem).toContainText('Er is niets gewijzigd.');
  await expect(page.getByRole('table', { name: 'Aantal gegevens per soort' })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  expect(await storedCounts(page)).toEqual(before);

  // A backup from before compression (plain JSON, an older format) still restores.
  const old = readFileSync('src/db/fixtures/backup-schema-8.json');
  const oldFile = JSON.parse(old.toString('utf8')) as { data: Record<string, unknown[]> };
  await data.chooseBackup({ name: 'oude-back-up.json', mimeType: 'application/json', buffer: old });
  await data.replaceByKeyboard();
  expect((await storedCounts(page)).youths).toBe(oldFile.data.youths!.length);

  // And the app's own .json.gz brings the demo board back, all of it.
  await data.chooseBackup(path);
  await data.replaceByKeyboard();
  expect(await storedCounts(page)).toEqual(before);
});

test('a foreign or broken file is explained and changes nothing', async ({ demoPage: page }) => {
  const board = new BoardPageModel(page);
  await board.openStoredDemo();
  const before = await boardSnapshot(page);
  const data = new DataPageModel(page);
  await data.open();

  await data.chooseBackup({
    name: 'package.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ name: 'iets', version: '1.0.0' })),
  });
  await expect(page.getByText(/Dit is geen back-up van het Uitstroombord/)).toBeVisible();
  await data.chooseBackup({
    name: 'half.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"uitstroombord-backup","formatVersion":1,"data":{"you'),
  });
  await expect(page.getByText(/beschadigd of afgebroken/)).toBeVisible();
  await expect(page.getByRole('table', { name: 'Aantal gegevens per soort' })).toBeHidden();
  expect(await boardSnapshot(page)).toEqual(before);
});

test('erasing one young person removes them and their history, after typing the initials', async ({
  demoPage: page,
}) => {
  const board = new BoardPageModel(page);
  await board.openStoredDemo();
  const data = new DataPageModel(page);
  await data.open();
  const select = page.getByLabel('Jongere', { exact: true });
  const option = select.locator('option').nth(1);
  const value = (await option.getAttribute('value'))!;
  const initials = ((await option.textContent()) ?? '').split(' — ')[0]!;
  await select.selectOption(value);
  await page.getByRole('button', { name: 'Verwijderen…' }).click();
  const dialog = page.getByRole('dialog', { name: `${initials} volledig verwijderen` });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText(/stoplichtbeoordelingen \(de hele geschiedenis\)/)).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await dialog.getByLabel(/Typ de initialen/).fill(initials);
  await dialog.getByRole('button', { name: 'Definitief verwijderen' }).click();
  await expect(
    page.getByText(`${initials} en de hele geschiedenis zijn verwijderd.`),
  ).toBeVisible();
  await page.goto(`/#/jongere/${value}`);
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(initials);
});

test('the Gegevens and settings pages pass axe', async ({ demoPage: page }) => {
  const board = new BoardPageModel(page);
  await board.openStoredDemo();
  const data = new DataPageModel(page);
  await data.open();
  await expectNoSeriousA11yViolations(page);
  await page.goto('/#/instellingen');
  await expect(page.getByRole('heading', { name: 'Opslag en back-up' })).toBeVisible();
  await expect(page.getByText(/^In gebruik: /)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
