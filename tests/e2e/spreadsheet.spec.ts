import { expectNoSeriousA11yViolations } from './axe';
import { expect, test } from './fixtures';
import { BoardPageModel } from './page-models/board-page';

const HEADER = [
  'Initialen',
  'Geboortedatum',
  'Gemeente',
  'Huisvesting',
  'Toelichting wonen',
  'School/werk',
  'Vervolghulp',
  '18+',
  'Financien',
  'Netwerk',
  'Zelfstandigheid',
  'Behandeling',
  'Opmerkingen',
];
const COLOURS = ['rood', 'Oranje', 'GROEN', 'n.v.t.', 'R', 'O', 'G'];

/** A team's month sheet: 40 young people, a light per condition, remarks; as Excel saves it. */
function monthSheet(month: 0 | 1, bad?: { row: number; value: string }): Buffer {
  const rows = Array.from({ length: 40 }, (_, i) => {
    const initials = `${String.fromCharCode(65 + (i % 26))}.${String.fromCharCode(65 + Math.floor(i / 26))}.`;
    const birth = `${1 + (i % 28)}-${1 + (i % 12)}-2008`;
    // Row 0 is red on housing in both months; the rest move between colours.
    const lights = Array.from({ length: 8 }, (_, c) =>
      i === 0 && c === 0 ? 'rood' : COLOURS[(i + c + month) % COLOURS.length]!,
    );
    if (bad && bad.row === i) lights[1] = bad.value;
    const remark =
      i === 0 ? (month === 0 ? 'Wachtlijst zonder datum' : 'Nog steeds geen plek') : '';
    return [
      initials,
      birth,
      i % 2 ? 'Zwolle' : 'Kampen',
      lights[0]!,
      remark,
      ...lights.slice(1),
      'Besproken in het team',
    ];
  });
  const text = [HEADER, ...rows].map((cells) => cells.join(';')).join('\r\n');
  return Buffer.from(`\uFEFF${text}\r\n`, 'utf8');
}

test('a team moves in from its spreadsheet: two months of lights, history, and red three times in a row', async ({
  page,
}) => {
  test.slow();
  const board = new BoardPageModel(page);
  await board.open();
  await page.getByRole('link', { name: 'Gegevens' }).click();
  const section = page.getByRole('region', { name: 'Stoplichten importeren uit een spreadsheet' });
  await section.getByLabel('Bladen (CSV, een of meer)').setInputFiles([
    { name: 'stoplichten 2026-10.csv', mimeType: 'text/csv', buffer: monthSheet(0) },
    { name: 'stoplichten 2026-11.csv', mimeType: 'text/csv', buffer: monthSheet(1) },
  ]);

  // The months come from the file names; the columns are proposed by their names.
  await expect(section.getByLabel('Maand van stoplichten 2026-10.csv')).toHaveValue('2026-10');
  await expect(section.getByLabel('Maand van stoplichten 2026-11.csv')).toHaveValue('2026-11');
  await expect(section.getByLabel('Kolom "Huisvesting" is')).toHaveValue(/^light:/);
  await expect(section.getByLabel('Kolom "Toelichting wonen" is')).toHaveValue(/^remark:/);
  await expect(section.getByLabel('Kolom "18+" is')).toHaveValue(/^light:/);
  await expect(section.getByLabel('Kolom "Opmerkingen" is')).toHaveValue('remarks');

  // New young people need a location the sheet does not have.
  await expect(section.getByText(/rij 2: nieuwe jongere, locatie/).first()).toBeVisible();
  await section.getByLabel('Locatie').fill('De Linde');
  await expect(section.getByText('Dit moet eerst goed')).toBeHidden();
  await expect(
    section.getByText('40 jongeren (40 nieuw), 640 stoplichten uit 2 maanden.'),
  ).toBeVisible();
  await expect(section.getByRole('cell', { name: 'nieuw' }).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Import by keyboard.
  const importButton = section.getByRole('button', { name: /stoplichten importeren$/ });
  await importButton.focus();
  await page.keyboard.press('Enter');
  await expect(
    page.getByText(/640 stoplichten geïmporteerd, 40 nieuwe jongeren op het bord/),
  ).toBeVisible();

  // The board shows November's lights; A.A.'s housing history has both months.
  await page.getByRole('link', { name: 'Bord', exact: true }).click();
  const housing = board.cell('A.A.', 'Wonen');
  await expect(housing).toHaveAccessibleName(/Wonen: rood/);
  await page.getByRole('link', { name: 'A.A.' }).click();
  const history = page.getByRole('region', { name: /Geschiedenis/ });
  await expect(history.getByText('Nog steeds geen plek')).toBeVisible();
  await expect(history.getByText('Wachtlijst zonder datum')).toBeVisible();
  await expect(history.getByText('door import stoplichten 2026-10.csv').first()).toBeVisible();
  await expect(history.getByText(/^ingevoerd door Sam Jansen op /).first()).toBeVisible();

  // A third red, set by key on the board, makes A.A. a candidate for escalation.
  await page.getByRole('link', { name: 'Bord', exact: true }).click();
  await housing.focus();
  await page.keyboard.press('r');
  await page.getByRole('link', { name: /^Aandacht/ }).click();
  await expect(
    page.getByText('Wonen 3 beoordelingen op rij rood – kandidaat voor escalatie').first(),
  ).toBeVisible();
});

test('a sheet with a value that is no light is refused with row, column and value, and nothing is written', async ({
  page,
}) => {
  const board = new BoardPageModel(page);
  await board.open();
  await page.getByRole('link', { name: 'Gegevens' }).click();
  const section = page.getByRole('region', { name: 'Stoplichten importeren uit een spreadsheet' });
  await section.getByLabel('Bladen (CSV, een of meer)').setInputFiles([
    {
      name: 'stoplichten 2026-11.csv',
      mimeType: 'text/csv',
      buffer: monthSheet(1, { row: 6, value: 'paars' }),
    },
  ]);
  await section.getByLabel('Locatie').fill('De Linde');
  await expect(
    section.getByText(
      'stoplichten 2026-11.csv, rij 8, kolom "School/werk": "paars" is geen stoplicht (rood, oranje, groen, n.v.t. of leeg).',
    ),
  ).toBeVisible();
  await section.getByRole('button', { name: /stoplichten importeren$/ }).click();
  await expect(section.getByRole('alert')).toContainText('Er is niets geïmporteerd.');
  await page.getByRole('link', { name: 'Bord', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Nog geen jongeren op het bord' })).toBeVisible();
});
