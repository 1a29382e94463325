import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test, welcomeDialog } from './fixtures';
import { expectNoSeriousA11yViolations } from './axe';
import { BoardPageModel } from './page-models/board-page';
import { SharePageModel } from './page-models/share-page';

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
  demoPage: page,
  browser,
  baseURL,
}) => {
  // Two profiles, the demo board, three PBKDF2 runs of 600,000 iterations and two axe scans.
  test.setTimeout(180_000);
  const origin = new URL(baseURL!).origin;
  const foreign = recordForeignRequests(page, origin);
  await new BoardPageModel(page).openStoredDemo();

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
  await page.getByRole('radio', { name: 'Zelf een wachtwoord kiezen' }).check();
  // Too short: a clear message, and nothing is downloaded.
  let downloads = 0;
  page.on('download', () => (downloads += 1));
  await page.getByLabel('Wachtwoord', { exact: true }).fill('te kort');
  await page.getByRole('button', { name: 'Deelbestand maken' }).click();
  await expect(page.getByText(/Gebruik minstens 12 tekens/)).toBeVisible();
  await expect(page.getByLabel('Wachtwoord', { exact: true })).toBeFocused();
  expect(downloads).toBe(0);
  await page.getByLabel('Wachtwoord', { exact: true }).fill('zwolle kijkt mee 2026');
  await page.getByLabel('Herhaal het wachtwoord').fill('zwolle kijkt mee 2026');
  const shareDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Deelbestand maken' }).click();
  const download = await shareDownload;
  await expect(
    page.getByText(
      new RegExp(`Deelbestand voor ${chosen} gemaakt met \\d+ jongeren, versleuteld, zonder reden`),
    ),
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

type DemoValues = {
  coordinators: string[];
  clientNumbers: string[];
  notes: string[];
  /** Owners with a person's name (role zorgcoördinator or mentor). */
  ownerNames: string[];
  /** Every owner as typed, names and words such as "Ouders" alike. */
  owners: string[];
  reasons: string[];
};

/** What the provider's own database holds, read straight from IndexedDB. */
async function demoValues(page: Page, municipality: string): Promise<DemoValues> {
  return page.evaluate(
    (chosen) =>
      new Promise<DemoValues>((resolve, reject) => {
        const request = indexedDB.open('uitstroombord');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const database = request.result;
          const tx = database.transaction(['youths', 'assessments'], 'readonly');
          const youths = tx.objectStore('youths').getAll();
          const assessments = tx.objectStore('assessments').getAll();
          tx.oncomplete = () => {
            type Y = {
              id: string;
              municipality: string;
              coordinator?: string;
              clientNumber?: string;
              notes?: string;
            };
            type A = {
              youthId: string;
              actionOwner: string;
              actionOwnerRole?: string;
              reason: string;
            };
            const all = youths.result as Y[];
            const ids = new Set(all.filter((y) => y.municipality === chosen).map((y) => y.id));
            const lights = (assessments.result as A[]).filter((a) => ids.has(a.youthId));
            const unique = (values: (string | undefined)[]) => [
              ...new Set(values.filter((v): v is string => Boolean(v && v.trim()))),
            ];
            database.close();
            resolve({
              coordinators: unique(all.map((y) => y.coordinator)),
              clientNumbers: unique(all.map((y) => y.clientNumber)),
              notes: unique(all.map((y) => y.notes)),
              ownerNames: unique(
                lights
                  .filter(
                    (a) => a.actionOwnerRole === 'coordinator' || a.actionOwnerRole === 'mentor',
                  )
                  .map((a) => a.actionOwner),
              ),
              owners: unique(lights.map((a) => a.actionOwner)),
              reasons: unique(lights.map((a) => a.reason)),
            });
          };
        };
      }),
    municipality,
  );
}

test('share file: the decrypted file names no coordinator, client, note or action owner of the demo board', async ({
  demoPage: page,
}) => {
  // Two exports and two decryptions of 600,000 PBKDF2 iterations each.
  test.setTimeout(120_000);
  await new BoardPageModel(page).openStoredDemo();
  const share = new SharePageModel(page);
  await share.open();
  await share.chooseMunicipality('Zwolle');
  const demo = await demoValues(page, 'Zwolle');
  // The demo board fills every one of these, so the test can find them if they leak.
  expect(demo.coordinators.length).toBeGreaterThan(2);
  expect(demo.clientNumbers.length).toBeGreaterThan(10);
  expect(demo.notes.length).toBeGreaterThan(0);
  expect(demo.ownerNames.length).toBeGreaterThan(2);
  await expect(page.getByText(/aanbevolen/)).toHaveCount(0);
  await expect(
    page.getByRole('checkbox', { name: 'Reden en actie delen' }),
  ).toHaveAccessibleDescription(/kunnen namen bevatten/);

  const plain = await share.exportWithProposal();
  expect(JSON.parse(plain.envelope)).toMatchObject({ format: 'uitstroombord-share-encrypted' });
  const file = JSON.parse(plain.plain) as {
    formatVersion: number;
    shared: { reasonAndAction: boolean };
    data: { assessments: { reason: string; action: string; actionOwnerRole?: string }[] };
  };
  expect(file).toMatchObject({ formatVersion: 2, shared: { reasonAndAction: false } });
  for (const value of [
    ...demo.coordinators,
    ...demo.clientNumbers,
    ...demo.notes,
    ...demo.ownerNames,
  ])
    expect(plain.plain, value).not.toContain(value);
  for (const owner of demo.owners) expect(plain.plain, owner).not.toContain(JSON.stringify(owner));
  expect(plain.plain).not.toContain('"actionOwner"');
  expect(file.data.assessments.some((a) => a.actionOwnerRole)).toBe(true);
  expect(file.data.assessments.every((a) => a.reason === '' && a.action === '')).toBe(true);

  // Ticked: the reasons go along (the provider checked them), the names still do not.
  await share.setReasonAndAction(true);
  const withTexts = await share.exportWithProposal();
  expect(withTexts.passphrase).not.toBe(plain.passphrase);
  const texts = JSON.parse(withTexts.plain) as typeof file;
  expect(texts.shared).toEqual({ reasonAndAction: true });
  const shownReasons = new Set(texts.data.assessments.map((a) => a.reason).filter(Boolean));
  expect(shownReasons.size).toBeGreaterThan(0);
  for (const reason of shownReasons) expect(demo.reasons).toContain(reason);
  for (const value of [
    ...demo.coordinators,
    ...demo.clientNumbers,
    ...demo.notes,
    ...demo.ownerNames,
  ])
    expect(withTexts.plain, value).not.toContain(value);
});
