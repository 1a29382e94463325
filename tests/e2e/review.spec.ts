import { readFileSync } from 'node:fs';
import { expect, test, TEST_PROVIDER } from './fixtures';
import { expectNoSeriousA11yViolations } from './axe';
import { BoardPageModel } from './page-models/board-page';
import { ReviewPageModel } from './page-models/review-page';
import { cellsAsCalcReadsThem, libreOffice } from './libreoffice';

/** Initials as the app writes them: "A.B.", "J.v.d.M.". */
const INITIALS = /\b[A-Z]\.(?:[A-Za-z]{1,3}\.)*[A-Z]\./;

async function boardTotals(board: BoardPageModel, municipality: string) {
  const page = board.page;
  await board.openFilters();
  await page.getByLabel('Gemeente', { exact: true }).selectOption(municipality);
  await expect(page.getByText(/^\d+ van \d+ jongeren$/)).toBeVisible();
  const names = await board.grid().locator('thead .col-condition').allTextContents();
  const labels = await board
    .grid()
    .locator('.totals-row .totals')
    .evaluateAll((spans) => spans.map((span) => span.getAttribute('aria-label') ?? ''));
  return Object.fromEntries(names.map((name, index) => [name.trim(), labels[index]]));
}

test('a municipality shows the same counts as the board filtered to it, chosen by keyboard', async ({
  demoPage: page,
}) => {
  const board = new BoardPageModel(page);
  const review = new ReviewPageModel(page);
  await board.openStoredDemo();
  const expected = await boardTotals(board, 'Kampen');
  expect(Object.keys(expected)).toHaveLength(8);
  await page.getByRole('button', { name: 'Filters wissen' }).click();

  await review.openMunicipalities();
  // The first municipality is shown until one is picked; switch to Kampen by keyboard.
  const deventer = page.getByRole('checkbox', { name: 'Deventer' });
  await expect(deventer).toBeChecked();
  await deventer.focus();
  await page.keyboard.press('Space');
  await expect(page.getByText('Kies ten minste één gemeente.')).toBeVisible();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('checkbox', { name: 'Kampen' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByText(/^Kampen · Stand op/)).toBeVisible();

  expect(await review.countsByCondition()).toEqual(expected);
  await expect(page.getByRole('img', { name: /Staafdiagram/ })).toBeVisible();
  await expect(page.getByRole('table', { name: /Rood en groen per maand/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // An earlier month by keyboard: the figures are those at that month's end.
  const month = page.getByLabel('Maand', { exact: true });
  await month.focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByText(/^Kampen · Stand op \d+ \w+\.? \d{4}$/)).toBeVisible();
  await expect(
    page.getByText(/Stand op \d+ (jan|feb|mrt|apr|mei|jun|jul|aug|sep|okt|nov|dec)/),
  ).toBeVisible();
});

test('the monthly report prints key figures, the explanation and the red list, names municipality and month on every page, and its CSV opens in Calc cell by cell', async ({
  demoPage: page,
}, testInfo) => {
  // Printing twice, axe and a LibreOffice start-up: slower than one screen.
  test.setTimeout(180_000);
  const board = new BoardPageModel(page);
  const review = new ReviewPageModel(page);
  await board.openStoredDemo();
  const expected = await boardTotals(board, 'Zwolle');
  await page.getByRole('button', { name: 'Filters wissen' }).click();
  await review.openMunicipalities();
  await page.getByRole('checkbox', { name: 'Zwolle' }).check();
  await page.getByRole('checkbox', { name: 'Deventer' }).uncheck();
  // Open the report by keyboard, as from the list of links.
  await page.getByRole('link', { name: 'Maandrapport Zwolle' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Maandrapport Zwolle' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Stoplichten per randvoorwaarde' })).toBeVisible();
  expect(await review.countsByCondition()).toEqual(expected);

  const figures = page.getByRole('region', { name: 'Kerncijfers' });
  await expect(figures).toBeVisible();
  const placed = (await figures.locator('[data-figure="placed"] dd').textContent())?.trim();
  const withRed = (await figures.locator('[data-figure="withRed"] dd').textContent())?.trim();
  expect(Number(placed)).toBeGreaterThan(0);

  // The explanation, typed and saved by keyboard.
  const explanation = 'Twee jongeren wachten op begeleid wonen; de gemeente zoekt mee.';
  await page.getByRole('textbox', { name: 'Toelichting bij dit rapport' }).focus();
  await page.keyboard.type(explanation);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Toelichting opslaan' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('De toelichting is opgeslagen.')).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const wonen = page.getByRole('row', { name: /^Wonen:/ }).getByRole('cell');
  const counts = (await wonen.allTextContents()).map((text) => text.trim());
  expect(counts).toHaveLength(6);
  const monthLabel = (await page.locator('.report-meta span').first().textContent())!
    .replace(/^Maand: /, '')
    .trim();

  const pdf = testInfo.outputPath('maandrapport.pdf');
  const text = await review.pdfText(pdf);
  expect(text).toContain('Maandrapport Zwolle');
  // The provider named on first use heads the report, not a placeholder.
  expect(text).toContain(TEST_PROVIDER);
  expect(text).not.toContain('Zorgaanbieder');
  expect(text).toMatch(/Periode 1 \w+\.? \d{4} t\/m \d+ \w+\.? \d{4}/);
  expect(text).toMatch(new RegExp(`Wonen\\s+${counts.join('\\s+')}\\n`));
  expect(text).toMatch(/\b1\s*\/\s*\d+\b/);
  expect(text).not.toContain('Bord   '); // no navigation on paper
  expect(text).not.toContain('Download CSV');
  expect(text).not.toContain('Toelichting opslaan');
  // Key figures on top, with their values; the explanation as saved.

  const flat = ReviewPageModel.readingOrder(pdf);
  expect(flat).toContain(`Geplaatst ${placed} Met een rood stoplicht ${withRed} `);
  expect(flat).toContain('Na 3 maanden nog op de beoogde plek');
  expect(flat).toContain(explanation);
  expect(text.indexOf('Kerncijfers')).toBeLessThan(text.indexOf('Stoplichten per randvoorwaarde'));
  // The red list with action, owner role and red since — never a colleague's name.
  expect(flat).toMatch(/Actie Actiehouder \(rol\) Streefdatum Rood sinds/);
  // Every page names the municipality and month (and has its page number).
  const pages = text.split('\f').filter((one) => one.trim());
  expect(pages.length).toBeGreaterThanOrEqual(3);
  pages.forEach((one, index) => {
    expect(one, `pagina ${index + 1}`).toContain(`Maandrapport Zwolle · ${monthLabel}`);
    expect(one, `pagina ${index + 1}`).toMatch(
      new RegExp(`\\b${index + 1}\\s*/\\s*${pages.length}\\b`),
    );
  });

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download CSV (Excel)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^maandrapport-zwolle-\d{4}-\d{2}\.csv$/);
  const csvPath = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(csvPath);
  const bytes = readFileSync(csvPath);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const csv = bytes.toString('utf8');
  expect(csv).toContain('\r\n');
  expect(csv).toContain(`\r\nWonen;${counts.join(';')}\r\n`);
  expect(csv).toContain('Financiën');
  expect(csv).toMatch(/\r\nStand op;\d{2}-\d{2}-\d{4}\r\n/);
  expect(csv).not.toMatch(/\d{2}-\d{2}-\d{4} \(/);

  test.skip(
    !libreOffice(),
    'LibreOffice ontbreekt: installeer libreoffice-calc-nogui (npm test doet dat als root) om te controleren hoe Calc de CSV leest.',
  );
  const sheet = cellsAsCalcReadsThem(csvPath);
  const row = (label: string) => sheet.find((cells) => cells[0]?.text === label);
  // "Stand op" and its date: two cells, the date a real date.
  const asOf = row('Stand op')!;
  expect(asOf).toHaveLength(2);
  expect(asOf[1]!.type).toBe('date');
  // Months stay text: the trend's month column and the report month.
  expect(row('Maand')![1]!.type).toBe('string');
  const trendTitle = sheet.findIndex((cells) => cells[0]?.text === 'Trend');
  const trendRows = sheet.slice(trendTitle + 2, trendTitle + 14);
  expect(trendRows).toHaveLength(12);
  for (const cells of trendRows) {
    expect(cells[0]!.type, cells[0]!.text).toBe('string');
    expect(cells[0]!.text).toMatch(/^[a-z]{3} ’\d{2}$/);
  }
  // Every date-looking value is a date cell of its own; no cell mixes a date with text.
  for (const cells of sheet)
    for (const cell of cells) {
      if (cell.type === 'date') expect(cell.date).toMatch(/^\d{4}-\d{2}-\d{2}/);
      else expect(cell.text).not.toMatch(/\d{2}-\d{2}-\d{4}/);
    }
  expect(sheet.flat().filter((cell) => cell.type === 'date').length).toBeGreaterThan(1);
});

test('the regional overview is anonymous on screen and on paper, and passes axe', async ({
  demoPage: page,
}, testInfo) => {
  const board = new BoardPageModel(page);
  const review = new ReviewPageModel(page);
  await board.openStoredDemo();
  await review.openMunicipalities();
  await page.getByRole('checkbox', { name: 'Alle gemeenten' }).check();
  await review.figuresShown();
  const initials = await page
    .getByRole('table')
    .locator('tbody th[scope="row"] a')
    .allTextContents();
  expect(initials.length).toBeGreaterThan(0);

  await page.getByRole('link', { name: 'Regionaal overzicht (anoniem)' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Regionaal overzicht' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Grootste knelpunten' })).toBeVisible();
  await expect(page.getByText('Jongeren geplaatst: 60')).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const screen = (await page.locator('main').textContent()) ?? '';
  expect(screen).not.toMatch(INITIALS);

  const text = await review.pdfText(testInfo.outputPath('regionaal.pdf'));
  expect(text).toContain('Regionaal overzicht');
  expect(text).toContain('Jongeren geplaatst: 60');
  expect(text).toContain('<5');
  expect(text).toMatch(/Regio\s+60\b|Regio totaal\s+60\b|totaal\s+60\b|Regio\s+totaal/);
  expect(text).toMatch(/\b1\s*\/\s*\d+\b/);
  expect(text).not.toMatch(INITIALS);
  for (const who of initials) expect(text).not.toContain(who);
  // No single counts of 1 to 4 anywhere in the tables.
  for (const line of text
    .split('\n')
    .filter((l) => /^\s*(Deventer|Zwolle|Kampen|Raalte|Hardenberg)\b/.test(l)))
    expect(line).not.toMatch(/\s[1-4](\s|$)/);
});

test('the board prints every row on landscape A4', async ({ demoPage: page }, testInfo) => {
  const board = new BoardPageModel(page);
  const review = new ReviewPageModel(page);
  await board.openStoredDemo();
  await expect(page.getByRole('button', { name: 'Afdrukken / PDF' })).toBeVisible();
  const text = await review.pdfText(testInfo.outputPath('bord.pdf'));
  expect(text).toMatch(/Totaal[^\n]*\n\s*\(60\)/);
  expect(text).toMatch(/Afgedrukt op/);
  // Every young person is on paper, not only the rows in view on screen.
  const rows = text.split('\n').filter((line) => INITIALS.test(line.trim().split(/\s+/)[0] ?? ''));
  expect(rows.length).toBe(60);
});
