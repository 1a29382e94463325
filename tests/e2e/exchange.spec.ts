import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test, welcomeDialog } from './fixtures';
import { expectNoSeriousA11yViolations } from './axe';
import { BoardPageModel } from './page-models/board-page';

const HEADER =
  'initialen;cliëntnummer;geboortedatum;gemeente;locatie;soort plaatsing;geplaatst sinds;geplande einddatum;perspectief;zorgcoördinator;procesregie';
const READ_ONLY = 'Dit is een alleen-lezen inzage; er kan niets gewijzigd worden.';

/** 40 young people; the spreadsheet row `badRow` (header = row 1) has 31 February as birth date. */
function spreadsheet(badRow?: number): Buffer {
  const lines = [HEADER];
  for (let row = 2; row <= 41; row += 1) {
    const birth = row === badRow ? '31-02-2010' : `${(row % 28) + 1}-3-2010`;
    lines.push(`R${row};;${birth};Kampen;De Linde;Leefgroep;1-9-2025;;Begeleid wonen;;`);
  }
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

/** Every request the page makes must stay on the app's own origin. */
function recordForeignRequests(page: Page, origin: string): string[] {
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:')) return;
    if (new URL(url).origin !== origin) foreign.push(url);
  });
  return foreign;
}

async function openDataPage(page: Page) {
  await page.goto('/#/gegevens');
  await expect(
    page.getByRole('heading', { name: 'Jongeren importeren uit een spreadsheet' }),
  ).toBeVisible();
}

test('CSV import: a bad date on row 37 blocks the import until invalid rows are skipped', async ({
  page,
  baseURL,
}) => {
  const foreign = recordForeignRequests(page, new URL(baseURL!).origin);
  await openDataPage(page);

  const templateDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Sjabloon downloaden' }).click();
  const template = await templateDownload;
  expect(template.suggestedFilename()).toBe('uitstroombord-sjabloon-jongeren.csv');
  const templateText = await readFile((await template.path())!, 'utf8');
  expect(templateText.startsWith(`\uFEFF${HEADER}\r\n`)).toBe(true);

  await page.getByLabel('CSV-bestand').setInputFiles({
    name: 'jongeren.csv',
    mimeType: 'text/csv',
    buffer: spreadsheet(37),
  });
  await expect(
    page.getByText("Rij 37: geboortedatum '31-02-2010' is geen geldige datum"),
  ).toBeVisible();
  await expect(
    page.getByText('40 rijen gelezen (puntkomma, UTF-8): 39 in orde, 1 met fouten.'),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('button', { name: '40 jongeren importeren' }).click();
  await expect(page.getByRole('alert').filter({ hasText: /\S/ })).toContainText(
    'Er is niets geïmporteerd: 1 rij heeft fouten',
  );

  // Nothing was written.
  await page.getByRole('link', { name: 'Bord', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Nog geen jongeren op het bord' })).toBeVisible();

  await page.getByRole('link', { name: 'Gegevens', exact: true }).click();
  await page.getByLabel('CSV-bestand').setInputFiles({
    name: 'jongeren.csv',
    mimeType: 'text/csv',
    buffer: spreadsheet(37),
  });
  await page.getByRole('checkbox', { name: 'Sla ongeldige rijen over' }).check();
  await page.getByRole('button', { name: '39 jongeren importeren' }).click();
  await expect(page.getByText('39 jongeren geïmporteerd en op het bord gezet.')).toBeVisible();

  await page.getByRole('link', { name: 'Bord', exact: true }).click();
  await expect(page.getByText('39 jongeren', { exact: true })).toBeVisible();
  await expect(new BoardPageModel(page).cell('R2', 'Wonen')).toBeVisible();
  expect(foreign).toEqual([]);
});

test('share file: exported for one municipality with a passphrase, opened read-only in a fresh profile', async ({
  page,
  browser,
  baseURL,
}) => {
  // Two profiles, the demo board, three PBKDF2 runs of 600,000 iterations and two axe scans.
  test.setTimeout(180_000);
  const origin = new URL(baseURL!).origin;
  const foreign = recordForeignRequests(page, origin);
  await new BoardPageModel(page).loadDemo();

  await page.getByRole('link', { name: 'Gegevens', exact: true }).click();
  const select = page.getByLabel('Gemeente', { exact: true });
  await expect(select).toBeVisible();
  // The choices come from a live query: wait until the demo's municipalities are there.
  await expect.poll(() => select.locator('option').count()).toBeGreaterThan(1);
  const municipalities = await select.locator('option').allTextContents();
  expect(municipalities.length).toBeGreaterThan(1);
  const chosen = municipalities[0]!;
  const others = municipalities.slice(1);
  await select.selectOption(chosen);
  await page.getByLabel('Wachtwoord (aanbevolen)').fill('zwolle kijkt mee 2026');
  await page.getByLabel('Herhaal het wachtwoord').fill('zwolle kijkt mee 2026');
  const shareDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Deelbestand maken' }).click();
  const download = await shareDownload;
  await expect(
    page.getByText(new RegExp(`Deelbestand voor ${chosen} gemaakt met \\d+ jongeren, versleuteld`)),
  ).toBeVisible();
  const sharePath = (await download.path())!;
  const shareText = await readFile(sharePath, 'utf8');
  const envelope = JSON.parse(shareText) as { format: string; kdf: { iterations: number } };
  expect(envelope.format).toBe('uitstroombord-share-encrypted');
  expect(envelope.kdf.iterations).toBeGreaterThanOrEqual(600_000);
  for (const other of others) expect(shareText).not.toContain(other);
  await expectNoSeriousA11yViolations(page);

  // A fresh profile: the account manager's browser, with no data of its own.
  const context = await browser.newContext();
  const reviewer = await context.newPage();
  const reviewerForeign = recordForeignRequests(reviewer, origin);
  // First use: the account manager says they read a share file, and lands on its chooser.
  await reviewer.goto('/#/');
  const welcome = welcomeDialog(reviewer);
  await welcome.getByRole('radio', { name: /^Ik ben van de gemeente/ }).check();
  await expect(welcome.getByLabel('Je naam')).toHaveCount(0);
  await welcome.getByRole('button', { name: 'Deelbestand openen' }).press('Enter');
  await expect(welcome).toBeHidden();
  await expect(reviewer.getByLabel('Deelbestand', { exact: true })).toBeFocused();
  await reviewer.getByLabel('Deelbestand', { exact: true }).setInputFiles(sharePath);
  await reviewer.getByRole('button', { name: 'Openen' }).click();
  await expect(reviewer.getByRole('alert').filter({ hasText: /\S/ })).toContainText(
    'Dit bestand is versleuteld',
  );
  await reviewer.getByLabel('Wachtwoord van het deelbestand').fill('verkeerd wachtwoord');
  await reviewer.getByRole('button', { name: 'Openen' }).click();
  await expect(
    reviewer.getByText('Wachtwoord klopt niet of het bestand is beschadigd'),
  ).toBeVisible();
  await expect(reviewer.getByRole('region', { name: 'Alleen-lezen inzage' })).toHaveCount(0);

  await reviewer.getByLabel('Wachtwoord van het deelbestand').fill('zwolle kijkt mee 2026');
  await reviewer.getByRole('button', { name: 'Openen' }).click();
  const banner = reviewer.getByRole('region', { name: 'Alleen-lezen inzage' });
  await expect(banner).toContainText(
    new RegExp(`Alleen lezen — stand per \\d{1,2} \\S+ \\d{4}, gemeente ${chosen}`),
  );
  const grid = new BoardPageModel(reviewer).grid();
  await expect(grid).toBeVisible();
  await expectNoSeriousA11yViolations(reviewer);

  // Other municipalities are not in the file, so not in the filter either.
  const filterOptions = await reviewer
    .getByLabel('Gemeente', { exact: true })
    .locator('option')
    .allTextContents();
  expect(filterOptions).toContain(chosen);
  for (const other of others) expect(filterOptions).not.toContain(other);

  // A colour key sets nothing in inzage (read-only.spec.ts walks every view) and the cell stays as it was.
  const cell = grid.getByRole('button').first();
  const before = await cell.getAttribute('aria-label');
  const colour = before?.endsWith(': rood') ? 'g' : 'r';
  await cell.focus();
  await reviewer.keyboard.press(colour);
  await expect(cell).toHaveAttribute('aria-label', before!);
  await expect(reviewer.getByText(READ_ONLY)).toHaveCount(0);

  // The municipal view works on the review copy, without other municipalities.
  await reviewer.getByRole('link', { name: 'Gemeenten', exact: true }).click();
  await expect(reviewer.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(reviewer.getByRole('main')).toContainText(chosen);
  for (const other of others) await expect(reviewer.getByRole('main')).not.toContainText(other);

  // A reload stays in the review, with the banner.
  await reviewer.reload();
  await expect(banner).toBeVisible();
  await expect(banner).toContainText(`gemeente ${chosen}`);

  // Closing returns to the reviewer's own (empty) board; removing deletes the copy.
  await reviewer.getByRole('button', { name: 'Inzage sluiten' }).click();
  await expect(banner).toHaveCount(0);
  // A municipality's device has no board of its own: it lands on the share file chooser again.
  await expect(reviewer.getByLabel('Deelbestand', { exact: true })).toBeFocused();
  await reviewer.goto('/#/gegevens');
  await reviewer
    .getByRole('button', { name: new RegExp(`^Inzage ${chosen}, stand per .* verwijderen$`) })
    .click();
  await expect(
    reviewer.getByText('Inzage verwijderd. Je eigen gegevens zijn niet veranderd.'),
  ).toBeVisible();
  await expect(reviewer.getByRole('heading', { name: 'Bewaarde inzagen' })).toHaveCount(0);

  expect(foreign).toEqual([]);
  expect(reviewerForeign).toEqual([]);
  await context.close();
});
