import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoSeriousA11yViolations } from './axe';
import { BoardPageModel } from './page-models/board-page';

async function conditionOrder(page: Page): Promise<string[]> {
  return page
    .getByRole('region', { name: 'In gebruik' })
    .getByRole('heading', { level: 3 })
    .allTextContents();
}

test('reorder conditions by keyboard drag and drop; the board follows', async ({ page }) => {
  await page.goto('/#/randvoorwaarden');
  await expect(page.getByRole('heading', { level: 1, name: 'Randvoorwaarden' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await expect
    .poll(() => conditionOrder(page).then((order) => order.slice(0, 3)))
    .toEqual(['Wonen', 'Onderwijs / werk', 'Vervolghulp']);

  // Each step waits for what a screen reader would hear, as dnd-kit moves between key presses.
  const announcement = (text: string) => page.getByText(text, { exact: true });
  await page.getByRole('button', { name: 'Wonen verplaatsen' }).focus();
  await page.keyboard.press('Space');
  await expect(announcement('Wonen opgepakt, plaats 1 van 8.')).toBeAttached();
  await page.keyboard.press('ArrowDown');
  await expect(announcement('Wonen naar plaats 2 van 8.')).toBeAttached();
  await page.keyboard.press('ArrowDown');
  await expect(announcement('Wonen naar plaats 3 van 8.')).toBeAttached();
  await page.keyboard.press('Space');
  await expect(announcement('Wonen neergezet op plaats 3 van 8.')).toBeAttached();
  await expect
    .poll(() => conditionOrder(page).then((order) => order.slice(0, 3)))
    .toEqual(['Onderwijs / werk', 'Vervolghulp', 'Wonen']);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Randvoorwaarden' })).toBeVisible();
  await expect
    .poll(() => conditionOrder(page).then((order) => order.slice(0, 3)))
    .toEqual(['Onderwijs / werk', 'Vervolghulp', 'Wonen']);

  await page.goto('/?demo#/');
  const headers = page.getByRole('grid').getByRole('row').first().getByRole('columnheader');
  await expect(headers.nth(1)).toHaveText('Onderwijs / werk');
  await expect(headers.nth(3)).toHaveText('Wonen');
});

test('retire a condition: off the board, history kept, can be restored', async ({
  demoPage: page,
}) => {
  await new BoardPageModel(page).openStoredDemo();
  await page.getByRole('link', { name: 'Randvoorwaarden' }).click();
  await page.getByRole('button', { name: 'Netwerk buiten gebruik stellen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Netwerk buiten gebruik stellen?' });
  await expectNoSeriousA11yViolations(page);
  await dialog.getByRole('button', { name: 'Buiten gebruik stellen' }).click();
  await expect(
    page.getByRole('region', { name: 'Buiten gebruik' }).getByRole('heading', { name: 'Netwerk' }),
  ).toBeVisible();

  await page.getByRole('link', { name: 'Bord', exact: true }).click();
  await expect(page.getByRole('grid').getByRole('columnheader', { name: 'Netwerk' })).toHaveCount(
    0,
  );

  await page.getByRole('link', { name: 'Randvoorwaarden' }).click();
  await page.getByRole('button', { name: 'Netwerk weer in gebruik nemen' }).click();
  await page.getByRole('link', { name: 'Bord', exact: true }).click();
  await expect(page.getByRole('grid').getByRole('columnheader', { name: 'Netwerk' })).toHaveCount(
    1,
  );
});

test('add a condition with validation; settings page passes axe', async ({ page }) => {
  await page.goto('/#/randvoorwaarden');
  await page.getByRole('button', { name: 'Randvoorwaarde toevoegen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Randvoorwaarde toevoegen' });
  await dialog.getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog.getByText('Geef de randvoorwaarde een naam.')).toBeVisible();
  await dialog.getByLabel(/Naam/).fill('Wonen');
  await dialog.getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog.getByText('Er is al een randvoorwaarde met deze naam.')).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.goto('/#/instellingen');
  const nameForm = page.locator('form', { has: page.getByLabel(/Jouw naam/) });
  await nameForm.getByLabel(/Jouw naam/).fill('Joyce');
  await nameForm.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText('Instellingen opgeslagen.')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
