import { autoAnswerWelcome, expect, test } from './fixtures';
import { expectNoSeriousA11yViolations } from './axe';
import { BoardPageModel } from './page-models/board-page';
import { YouthFormModel } from './page-models/youth-form';

test('a coordinator adds a young person, sets three lights by keyboard, and they survive a reload', async ({
  page,
}) => {
  const board = new BoardPageModel(page);
  const form = new YouthFormModel(page);

  await board.open();
  await expect(page.getByRole('heading', { name: 'Nog geen jongeren op het bord' })).toBeVisible();
  await page.getByRole('link', { name: 'Jongere toevoegen' }).click();

  // Invalid input: a message next to the field, nothing written.
  await form.fill({
    initials: 'K.L.',
    birthDate: '2030-01-01',
    municipality: 'Zwolle',
    location: 'De Linde',
    placementStart: '2025-09-01',
  });
  await form.submit();
  await expect(page.getByText('Deze datum ligt in de toekomst.')).toBeVisible();
  await expect(page.getByLabel(/Geboortedatum/)).toHaveAttribute('aria-invalid', 'true');

  await page.getByLabel(/Geboortedatum/).fill('2009-04-12');
  await form.submit();
  await expect(page.getByRole('heading', { level: 1, name: /K\.L\./ })).toBeVisible();

  await page.getByRole('link', { name: 'Bord', exact: true }).click();
  await expect(board.grid()).toBeVisible();
  await expect(page.getByText('1 jongere', { exact: true })).toBeVisible();

  // Keyboard only: tab into the grid, move with arrows, set with R / O / G.
  await board.cell('K.L.', 'Wonen').focus();
  // A one-key colour carries no reason, and the cell says so.
  await page.keyboard.press('r');
  await board.expectLight('K.L.', 'Wonen', 'rood, reden ontbreekt');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('o');
  await board.expectLight('K.L.', 'Onderwijs / werk', 'oranje, reden ontbreekt');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('g');
  await board.expectLight('K.L.', 'Vervolghulp', 'groen');
  await expect(board.cell('K.L.', 'Vervolghulp')).toBeFocused();

  await page.reload();
  await board.expectLight('K.L.', 'Wonen', 'rood, reden ontbreekt');
  await board.expectLight('K.L.', 'Onderwijs / werk', 'oranje, reden ontbreekt');
  await board.expectLight('K.L.', 'Vervolghulp', 'groen');

  // The history is on the detail page.
  await page.getByRole('link', { name: 'K.L.' }).click();
  const history = page.getByRole('region', { name: /Geschiedenis/ });
  await expect(history.getByText('rood')).toBeVisible();
  await expect(history.getByText('oranje')).toBeVisible();
  await expect(history.getByText('groen')).toBeVisible();
});

test('undo restores the previous light and keeps the history', async ({ demoPage: page }) => {
  const board = new BoardPageModel(page);
  await board.openStoredDemo();
  const cell = board.page.getByRole('grid').getByRole('button').first();
  const name = (await cell.getAttribute('aria-label')) ?? '';
  const [who, rest] = name.split(' – ');
  const condition = (rest ?? '').split(':')[0] ?? '';
  const before = name.split(': ')[1];
  const target = before?.startsWith('rood') ? 'g' : 'r';
  // One key says nothing about what is missing: red then names the gap.
  const targetWord = before?.startsWith('rood') ? 'groen' : 'rood, reden ontbreekt';

  await cell.focus();
  await page.keyboard.press(target);
  await board.expectLight(who!, condition, targetWord);
  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  await board.expectLight(who!, condition, before!);

  // Ctrl+Z does the same from the keyboard.
  await board.cell(who!, condition).focus();
  await page.keyboard.press(target);
  await board.expectLight(who!, condition, targetWord);
  await page.keyboard.press('Control+z');
  await board.expectLight(who!, condition, before!);
});

test('Enter opens the light editor with the written criteria; saving records reason and action', async ({
  demoPage: page,
}) => {
  const board = new BoardPageModel(page);
  await board.openStoredDemo();
  const { cell, initials: who } = await board.firstLight('Wonen');
  await cell.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: `${who} – Wonen` });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText('Plek toegezegd, met een datum.')).toBeVisible();
  await dialog.getByRole('radio', { name: /rood/ }).check();
  await dialog.getByLabel('Wat ontbreekt er?').fill('Geen woonplek na vertrek');
  await dialog.getByLabel('Actie', { exact: true }).fill('Aanmelden bij Kamers met Kansen');
  await dialog.getByLabel('Actiehouder').fill('Mentor');
  await dialog.getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog).toBeHidden();
  await board.expectLight(who, 'Wonen', 'rood');
  await expect(board.cell(who, 'Wonen')).toBeFocused();
});

test('keys pressed in quick succession all land: every light, the totals, and no reason carried to a new colour', async ({
  demoPage: page,
}) => {
  const board = new BoardPageModel(page);
  await board.openStoredDemo();
  const { cell: housing, initials: who } = await board.firstLight('Wonen');
  // The Wonen column's totals: red, amber, green, not assessed.
  const housingTotals = async () =>
    ((await page.locator('.totals-row .totals').first().getAttribute('aria-label')) ?? '')
      .match(/\d+/g)
      ?.map(Number);

  await housing.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: `${who} – Wonen` });
  await dialog.getByRole('radio', { name: /rood/ }).check();
  await dialog.getByLabel('Wat ontbreekt er?').fill('Geen woonplek na vertrek');
  await dialog.getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog).toBeHidden();
  await board.expectLight(who, 'Wonen', 'rood');
  await expect.poll(housingTotals).toBeDefined();
  const [red, amber, green, open] = (await housingTotals())!;

  // A row repaints before the board's totals and order follow: keys typed without waiting
  // must each act on the light IndexedDB has, not on a row a frame behind.
  await page.keyboard.press('o');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('g');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('r');
  await board.expectLight(who, 'Wonen', 'oranje, reden ontbreekt');
  await board.expectLight(who, 'Onderwijs / werk', 'groen');
  // Red again would be a confirmation that keeps its reason; red anew has none.
  await expect(board.cell(who, 'Vervolghulp')).toHaveAccessibleName(
    new RegExp(`^${who.replace(/\./g, '\\.')} – Vervolghulp: rood(, reden ontbreekt)?$`),
  );
  await expect.poll(housingTotals).toEqual([red! - 1, amber! + 1, green, open]);

  // The red light's reason described red: amber does not inherit it.
  await board.cell(who, 'Wonen').focus();
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('radio', { name: /oranje/ })).toBeChecked();
  await expect(dialog.getByLabel('Wat ontbreekt er?')).toHaveValue('');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('filter, sort and group the demo board', async ({ demoPage: page }) => {
  const board = new BoardPageModel(page);
  await board.openStoredDemo();
  await expect(page.getByText(/^\d+ jongeren$/)).toBeVisible();
  // The board stays put while typing: "Filters wissen" appearing does not push it down.
  const boardTop = async () => (await page.locator('.board-scroll').boundingBox())?.y;
  const before = await boardTop();
  await page.getByLabel('Zoeken', { exact: true }).fill('a');
  await expect(page.getByRole('button', { name: 'Filters wissen' })).toBeVisible();
  expect(await boardTop()).toBe(before);
  await page.getByRole('button', { name: 'Filters wissen' }).click();
  await expect(page.getByRole('button', { name: 'Filters wissen' })).toBeHidden();
  expect(await boardTop()).toBe(before);
  await board.openFilters();
  await page.getByLabel('Gemeente', { exact: true }).selectOption('Kampen');
  await expect(page.getByText(/^\d+ van \d+ jongeren$/)).toBeVisible();
  const metas = await page.locator('.youth-meta').allTextContents();
  expect(metas.length).toBeGreaterThan(0);
  expect(metas.every((meta) => meta.endsWith('Kampen'))).toBe(true);
  await page.getByRole('button', { name: 'Filters wissen' }).click();
  await page.getByLabel('Groeperen per gemeente').check();
  await expect(page.getByRole('columnheader', { name: /^Deventer \(\d+\)$/ })).toBeVisible();
});

test('the board and the empty state pass axe', async ({ page }) => {
  const board = new BoardPageModel(page);
  await board.open();
  await expect(page.getByRole('heading', { name: 'Nog geen jongeren op het bord' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await board.loadDemo();
  await expectNoSeriousA11yViolations(page);
  await board.grid().getByRole('button').first().press('Enter');
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test('a light set in one tab shows in another open tab without a reload', async ({ context }) => {
  const firstPage = await context.newPage();
  await autoAnswerWelcome(firstPage);
  const first = new BoardPageModel(firstPage);
  await first.loadDemo();
  const secondPage = await context.newPage();
  await autoAnswerWelcome(secondPage);
  const second = new BoardPageModel(secondPage);
  await second.open();
  await expect(second.grid()).toBeVisible();

  const cell = first.grid().locator('button[aria-label*=" – "]').first();
  const label = (await cell.getAttribute('aria-label')) ?? '';
  const [, initials = '', condition = '', colour = ''] = /^(.+) – (.+): (.+)$/.exec(label) ?? [];
  // One key sets only the colour, so a new red names the missing reason.
  const [key, word] = colour.startsWith('rood') ? ['g', 'groen'] : ['r', 'rood, reden ontbreekt'];
  await cell.focus();
  await first.page.keyboard.press(key);
  await first.expectLight(initials, condition, word);
  // Dexie tells the other tab what changed; its board re-reads only that part.
  await second.expectLight(initials, condition, word);
});

test('right after a filter the keyboard walks past the rows in view, each shown', async ({
  demoPage: page,
}) => {
  const board = new BoardPageModel(page);
  await board.openStoredDemo();
  const search = page.getByLabel('Zoeken', { exact: true });
  // A change of the list renders the rows in view first; the rows around follow after a pause.
  await search.fill('e');
  await search.fill('');
  await board.grid().getByRole('button').first().focus();
  const grid = board.grid();
  const focused = grid.locator(':focus');
  for (let step = 1; step <= 25; step++) {
    await page.keyboard.press('ArrowDown');
    await expect(focused).toHaveAttribute('data-row', String(step));
    await expect(focused).toBeInViewport();
  }
  await page.keyboard.press('Control+End');
  await expect(focused).toHaveAttribute('data-row', '59');
  await expect(focused).toBeInViewport();
  await page.keyboard.press('Control+Home');
  await expect(focused).toHaveAttribute('data-row', '0');
  await expect(focused).toBeInViewport();
});

test('columns keep their width through filtering and scrolling; a long municipality stays in its cell', async ({
  demoPage: page,
}) => {
  const board = new BoardPageModel(page);
  const form = new YouthFormModel(page);
  await board.openStoredDemo();
  await page.getByRole('link', { name: 'Jongere toevoegen' }).click();
  await form.fill({
    initials: 'Q.Q.',
    birthDate: '2010-03-02',
    municipality: 'Alphen aan den Rijn-Zuidoost',
    location: 'De Linde',
    placementStart: '2025-09-01',
  });
  await form.submit();
  await expect(page.getByRole('heading', { level: 1, name: /Q\.Q\./ })).toBeVisible();
  await page.getByRole('link', { name: 'Bord', exact: true }).click();
  await expect(board.grid()).toBeVisible();

  const widths = () =>
    page
      .locator('table.board thead tr')
      .first()
      .locator('th')
      .evaluateAll((cells) => cells.map((cell) => Math.round(cell.getBoundingClientRect().width)));
  const before = await widths();
  // Every header and cell holds its content: nothing spills into the next column.
  const spilling = await page
    .locator('table.board th, table.board td')
    .evaluateAll((cells) =>
      cells
        .filter((cell) => cell.scrollWidth > cell.clientWidth + 1)
        .map((cell) => cell.textContent),
    );
  expect(spilling).toEqual([]);
  await page.getByLabel('Zoeken', { exact: true }).fill('Q.Q');
  await expect(page.getByText(/^1 van \d+ jongeren$/)).toBeVisible();
  expect(await widths()).toEqual(before);

  // The long name is cut short inside the young person's cell, and shown in full on hover.
  const meta = page.locator('.youth-meta', { hasText: /^\d+ jr · Alphen/ });
  await expect(meta).toHaveAttribute('title', /Alphen aan den Rijn-Zuidoost$/);
  const fits = await meta.evaluate((element) => {
    const cell = element.closest('th') as HTMLElement;
    return element.getBoundingClientRect().right <= cell.getBoundingClientRect().right + 0.5;
  });
  expect(fits).toBe(true);

  await page.getByLabel('Zoeken', { exact: true }).fill('');
  await page.locator('.board-scroll').evaluate((element) => (element.scrollTop = 1500));
  await expect(page.locator('.board-scroll')).toHaveAttribute('data-margin', 'ready');
  expect(await widths()).toEqual(before);
});
