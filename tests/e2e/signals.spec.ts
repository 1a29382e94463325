import { BoardPageModel } from './page-models/board-page';
import { expect, test } from './fixtures';
import { expectNoSeriousA11yViolations } from './axe';
import { SignalsModel } from './page-models/signals-pages';

test('Aandacht lists the demo board’s signals per young person, highest first, grouped, with counts in the nav', async ({
  demoPage: page,
}) => {
  const signals = new SignalsModel(page);
  await signals.openStoredDemo();
  await signals.goAttention();

  // The demo has placements past their planned end, overdue actions and 17-year-olds
  // without a perspective (src/domain/demo/generate.ts); each is a signal here.
  await expect(signals.itemsOfKind('Einddatum verstreken').first()).toBeVisible();
  await expect(signals.itemsOfKind('Actie over datum').first()).toBeVisible();
  await expect(signals.itemsOfKind('Geen perspectief').first()).toBeVisible();
  await expect(
    signals
      .itemsOfKind('Einddatum verstreken')
      .first()
      .getByText(/is \d+ dagen? verstreken/),
  ).toBeVisible();

  // The nav count is the number of signals listed; the summary names signals and young people.
  const listed = await signals.items().count();
  expect(listed).toBeGreaterThan(0);
  expect(await signals.navCount()).toBe(listed);
  const people = await signals.rows().count();
  await expect(page.getByText(`${listed} signalen bij ${people} jongeren`)).toBeVisible();

  // One row per young person: nobody is listed twice.
  const ids = await signals
    .rows()
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-youth')));
  expect(new Set(ids).size).toBe(ids.length);
  expect(people).toBeLessThan(listed);

  // Within each group, rows go by their highest severity, and within a row severity never goes up.
  const tables = await page
    .locator('.attention-page table.attention-table')
    .evaluateAll((all) =>
      all.map((table) =>
        [...table.querySelectorAll('tbody tr')].map((row) =>
          [...row.querySelectorAll('.severity')].map((badge) =>
            (badge.textContent ?? '').replace(/^\W+/, '').trim(),
          ),
        ),
      ),
    );
  expect(tables.length).toBeGreaterThan(1);
  const rank = (word: string) => ({ Hoog: 0, Middel: 1, Laag: 2 })[word] ?? 9;
  for (const rows of tables) {
    const tops: number[] = [];
    for (const words of rows) {
      const severities = words.map(rank);
      expect(severities).toEqual([...severities].sort((a, b) => a - b));
      tops.push(severities[0] ?? 9);
    }
    expect(tops).toEqual([...tops].sort((a, b) => a - b));
  }

  // The columns line up over the groups: the signals column starts at the same x in every table.
  const starts = await page
    .locator('.attention-page table.attention-table thead th:nth-child(3)')
    .evaluateAll((cells) => cells.map((cell) => Math.round(cell.getBoundingClientRect().left)));
  expect(new Set(starts).size).toBe(1);

  await expectNoSeriousA11yViolations(page);
});

test('Aandacht by keyboard: the arrow keys switch the grouping, Enter follows a young person’s link', async ({
  demoPage: page,
}) => {
  const signals = new SignalsModel(page);
  await signals.openStoredDemo();
  await signals.goAttention();
  // Each row links to the young person.
  const row = signals.rowsWithKind('Einddatum verstreken').first();
  const initials = (await signals.youthLink(row).textContent()) ?? '';

  await page.getByRole('radio', { name: 'Gemeente' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'Coördinator' })).toBeChecked();
  await expect(
    page
      .getByRole('table', {
        name: /^Signalen (Sanne W\.|Joost V\.|Mehmet K\.|Lotte B\.|Fatima E\.)$/,
      })
      .first(),
  ).toBeVisible();
  await signals
    .rowsWithKind('Einddatum verstreken')
    .getByRole('rowheader')
    .getByRole('link', { name: initials, exact: true })
    .first()
    .focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: initials })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Beoordelingsstatus' })).toContainText(
    'Einddatum verstreken',
  );
  await expectNoSeriousA11yViolations(page);
});

test('a light signal on Aandacht opens the youth page on that light, by keyboard', async ({
  demoPage: page,
}) => {
  const signals = new SignalsModel(page);
  await signals.openStoredDemo();
  await signals.goAttention();
  const light = signals
    .itemsOfKind('Actie over datum')
    .first()
    .getByRole('link', { name: /^Stoplicht .* openen$/ });
  const label = (await light.getAttribute('aria-label')) ?? '';
  const [, condition = '', initials = ''] = /^Stoplicht (.*) van (.*) openen$/.exec(label) ?? [];
  expect(condition).toBeTruthy();
  await light.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: initials })).toBeVisible();
  // Focus lands on the light's row, so Tab goes on to its "Wijzigen" button.
  const focused = page.locator(':focus');
  await expect(focused).toHaveAttribute('scope', 'row');
  await expect(focused).toHaveText(condition);
  await expect(focused).toBeInViewport();
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveAccessibleName(new RegExp(`${condition}$`));
  // Asked once: the address no longer carries the light.
  expect(page.url()).not.toContain('stoplicht=');
});

test('marking an overdue action done removes its signal without a reload', async ({
  demoPage: page,
}) => {
  // axe over every open action of the demo board takes a while on a busy machine.
  test.slow();
  const signals = new SignalsModel(page);
  await signals.openStoredDemo();
  await page.evaluate(() => ((window as unknown as { marker: string }).marker = 'same page'));
  await signals.goActions();
  await expectNoSeriousA11yViolations(page);

  const overdueRow = page
    .getByRole('table', { name: 'Open acties' })
    .getByRole('row')
    .filter({
      hasText: /te laat/,
    });
  const done = overdueRow.first().getByRole('button', { name: /^Afgerond: / });
  const label = (await done.getAttribute('aria-label')) ?? '';
  const [, action, initials] = /^Afgerond: (.*) \((.*)\)$/.exec(label) ?? [];
  expect(action).toBeTruthy();

  await signals.goAttention();
  const signal = signals
    .rows()
    .filter({ has: page.getByRole('rowheader', { name: initials, exact: true }) })
    .locator('li.signal-item')
    .filter({ has: page.getByText('Actie over datum', { exact: true }) })
    .filter({ hasText: action! });
  const before = await signal.count();
  expect(before).toBeGreaterThan(0);
  const countBefore = await signals.navCount();

  // Keyboard only: focus the button and press Enter.
  await signals.goActions();
  const sameButton = page.getByRole('button', { name: label, exact: true }).first();
  await sameButton.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText(`Actie afgerond: ${action} (${initials})`)).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Acties' })).toBeFocused();

  await expect.poll(() => signals.navCount()).toBe(countBefore - 1);
  await signals.goAttention();
  await expect(signal).toHaveCount(before - 1);
  expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe(
    'same page',
  );
});

test('an action marked done by mistake comes back with “Ongedaan maken” in the toast, by keyboard', async ({
  demoPage: page,
}) => {
  const signals = new SignalsModel(page);
  await signals.openStoredDemo();
  await signals.goActions();
  const { done, label, action, initials } = await signals.firstOverdueAction();
  expect(action).toBeTruthy();
  const countBefore = await signals.navCount();

  await signals.pressWithKeyboard(done);
  await expect(page.getByText(`Actie afgerond: ${action} (${initials})`)).toBeVisible();
  await expect(signals.actionButton(label)).toHaveCount(0);
  await expect.poll(() => signals.navCount()).toBe(countBefore - 1);

  await signals.pressWithKeyboard(signals.undoButton());
  await expect(
    page.getByText(`Ongedaan gemaakt: ${action} (${initials}) staat weer open`),
  ).toBeVisible();
  // The action is open again, still overdue, and its signal is back.
  await expect(signals.actionButton(label)).toBeVisible();
  await expect(
    page
      .getByRole('table', { name: 'Open acties' })
      .getByRole('row')
      .filter({ has: signals.actionButton(label) }),
  ).toContainText('te laat');
  await expect.poll(() => signals.navCount()).toBe(countBefore);
  // Keyboard users land on the row of the action that came back.
  await expect(page.locator(':focus')).toHaveAttribute('href', /#\/jongere\//);
  await expectNoSeriousA11yViolations(page);
});

test('a long actions list opens with the most overdue 100; the rest follow by keyboard', async ({
  page,
}) => {
  // A demo of 300 young people has some thousand open actions.
  await page.goto('/?demo=300#/');
  await expect(page.getByText(/^300 jongeren$/)).toBeVisible({ timeout: 60_000 });
  const signals = new SignalsModel(page);
  await signals.goActions();
  const total = Number(
    /^(\d+) open acties$/.exec(
      (await page.getByText(/^\d+ open acties$/).textContent()) ?? '',
    )?.[1],
  );
  expect(total).toBeGreaterThan(200);
  const rows = page.getByRole('table', { name: 'Open acties' }).getByRole('row');
  await expect(rows).toHaveCount(101);
  await expect(rows.nth(1)).toContainText('te laat');
  await expect(
    page.getByText(`100 van ${total.toLocaleString('nl-NL')} acties getoond, te laat eerst.`),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('button', { name: 'Toon 100 meer' }).focus();
  await page.keyboard.press('Enter');
  await expect(rows).toHaveCount(201);
  // Focus is on the first added row, so Tab goes on through the new actions.
  await expect(rows.nth(101).getByRole('link')).toBeFocused();

  await page.getByRole('button', { name: `Toon alle ${total.toLocaleString('nl-NL')}` }).focus();
  await page.keyboard.press('Enter');
  await expect(rows).toHaveCount(total + 1);
  await expect(page.getByRole('button', { name: /^Toon / })).toHaveCount(0);
});

test('changing a threshold in settings changes the Aandacht list', async ({ demoPage: page }) => {
  const signals = new SignalsModel(page);
  await signals.openStoredDemo();
  await signals.goAttention();
  const before = await signals.itemsOfKind('Bijna 18').count();

  await signals.nav('Instellingen').click();
  const field = page.getByLabel(/Wordt 18 binnen \(maanden\)/);
  await field.fill('30');
  await page
    .getByRole('region', { name: 'Signalen' })
    .getByRole('button', { name: 'Opslaan' })
    .click();
  await expect(page.getByText('Dit getal valt buiten het toegestane bereik.')).toBeVisible();
  await expect(field).toBeFocused();
  await expectNoSeriousA11yViolations(page);
  await field.fill('24');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Drempels voor signalen opgeslagen')).toBeVisible();

  await signals.goAttention();
  await expect.poll(() => signals.itemsOfKind('Bijna 18').count()).toBeGreaterThan(before);
  await expect(signals.itemsOfKind('Bijna 18').first()).toContainText(
    /Wordt (over|vandaag)|Is al 18/,
  );
});

test('herbeoordeling nodig puts the young person on top of Aandacht until discussed', async ({
  demoPage: page,
}) => {
  const signals = new SignalsModel(page);
  await signals.openStoredDemo();
  const link = page.getByRole('grid').getByRole('link').first();
  const initials = (await link.textContent()) ?? '';
  await link.click();
  await expect(page.getByRole('heading', { level: 1, name: initials })).toBeVisible();

  await page.getByRole('button', { name: 'Herbeoordeling nodig' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByLabel(/Aanleiding/)).toBeFocused();
  await expectNoSeriousA11yViolations(page);
  await dialog.getByLabel(/Aanleiding/).selectOption({ label: 'Crisis' });
  await dialog.getByLabel(/Toelichting/).fill('Crisisopname na incident');
  await dialog.getByRole('button', { name: 'Herbeoordeling nodig' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(/Herbeoordeling nodig: Crisis/)).toBeVisible();

  await signals.goAttention();
  const top = page.locator('.attention-page .signal-group').first();
  await expect(top.getByRole('heading')).toHaveText(
    /^Herbeoordeling nodig \(1 jongere, \d+ signa(al|len)\)$/,
  );
  await expect(top.getByRole('link', { name: initials, exact: true })).toBeVisible();
  await expect(top).toContainText('crisis – Crisisopname na incident');
  // Listed once, with all their signals in that row.
  await expect(page.getByRole('rowheader', { name: initials, exact: true })).toHaveCount(1);
  await expectNoSeriousA11yViolations(page);

  // "Besproken" from the row, by keyboard; the toast offers to undo it.
  const countBefore = await signals.navCount();
  await signals.pressWithKeyboard(
    top.getByRole('button', { name: `Herbeoordeling van ${initials} besproken` }),
  );
  await expect(
    page.getByText(`Herbeoordeling van ${initials} besproken en afgesloten`),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Herbeoordeling nodig/ })).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: 'Aandacht' })).toBeFocused();
  await expect.poll(() => signals.navCount()).toBe(countBefore - 1);

  await signals.pressWithKeyboard(signals.undoButton());
  await expect(
    page.getByText(`Ongedaan gemaakt: herbeoordeling van ${initials} staat weer open`),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Herbeoordeling nodig/ })).toHaveCount(1);
  await expect(top.getByRole('link', { name: initials, exact: true })).toBeFocused();
  await expect.poll(() => signals.navCount()).toBe(countBefore);

  // The youth page's "Besproken" closes the same request.
  await top.getByRole('link', { name: initials, exact: true }).click();
  await page.getByRole('button', { name: 'Herbeoordeling Crisis besproken' }).click();
  await signals.goAttention();
  await expect(page.getByRole('heading', { name: /^Herbeoordeling nodig/ })).toHaveCount(0);
});

test('the board marks rows with signals and filters to them', async ({ demoPage: page }) => {
  const signals = new SignalsModel(page);
  await signals.openStoredDemo();
  const total = page.getByText(/^\d+ jongeren$/);
  await expect(total).toBeVisible();
  await new BoardPageModel(page).openFilters();
  await page.getByLabel('Alleen met signalen').check();
  await expect(page.getByText(/^\d+ van \d+ jongeren$/)).toBeVisible();

  // The explanation is the description of the row's link: screen readers hear it on focus.
  const link = page.getByRole('grid').getByRole('link').first();
  await expect(link).toHaveAccessibleDescription(/\d+ signa(al|len): .+/);
  await link.focus();
  const popover = page.locator('.signal-popover').first();
  await expect(popover).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(popover).toBeHidden();
  await page.locator('.col-youth').nth(2).hover();
  await expect(page.locator('.signal-popover').nth(0)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
