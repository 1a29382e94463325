import { test as base } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './axe';
import { expect, welcomeDialog } from './fixtures';
import { BoardPageModel } from './page-models/board-page';
import { YouthFormModel } from './page-models/youth-form';

// This spec answers the first-use question itself, so it uses the plain test.
const test = base;

test('every record says who did what: first use asks the name, and one key never copies the old words', async ({
  page,
}) => {
  const board = new BoardPageModel(page);
  await board.open();

  // First use: the question cannot be skipped, and is answered by keyboard alone.
  const welcome = welcomeDialog(page);
  await expect(welcome).toBeVisible();
  // Until then nothing that writes is drawn behind it, so nothing is written "door Onbekend".
  await expect(
    page.getByRole('button', { name: 'Demobord laden', includeHidden: true }),
  ).toHaveCount(0);
  await expect(welcome.getByRole('button', { name: 'Sluiten' })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(welcome).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await expect(welcome.getByRole('radio', { name: /^Ik werk bij de zorgaanbieder/ })).toBeFocused();
  await page.keyboard.press('Space');
  // One Tab leaves the radio group for the name field.
  await page.keyboard.press('Tab');
  await expect(welcome.getByLabel('Je naam')).toBeFocused();
  await page.keyboard.type('Onbekend');
  await page.keyboard.press('Enter');
  await expect(welcome.getByText('"Onbekend" is geen naam.', { exact: false })).toBeVisible();
  await expect(welcome.getByLabel('Je naam')).toBeFocused();
  await welcome.getByLabel('Je naam').fill('');
  await page.keyboard.type('Noor Visser');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Stichting De Linde');
  await page.keyboard.press('Enter');
  await expect(welcome).toBeHidden();
  await expect(page.getByRole('button', { name: 'Je werkt als Noor Visser' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Demobord laden' })).toBeVisible();

  // A young person to talk about.
  const form = new YouthFormModel(page);
  await form.openNew();
  await form.fill({
    initials: 'T.V.',
    birthDate: '2009-02-10',
    municipality: 'Zwolle',
    location: 'De Linde',
    placementStart: '2024-03-01',
  });
  await form.submit();
  await expect(page.getByRole('heading', { level: 1, name: /T\.V\./ })).toBeVisible();
  await page.getByRole('link', { name: 'Bord', exact: true }).click();
  await expect(board.grid()).toBeVisible();

  // Added today: the lights are new, not "99 weken niet beoordeeld".
  await expect(board.cell('T.V.', 'Netwerk')).toContainText('nieuw');

  // Red with a reason, an action and the young person's agreement, through the editor.
  await board.cell('T.V.', 'Netwerk').focus();
  await page.keyboard.press('Enter');
  const editor = page.getByRole('dialog', { name: 'T.V. – Netwerk' });
  await editor.getByRole('radio', { name: /rood/ }).check();
  await editor.getByLabel('Wat ontbreekt er?').fill('Geen steunfiguur buiten de hulpverlening');
  await editor.getByLabel('Actie', { exact: true }).fill('JIM-gesprek plannen');
  await editor.getByLabel('Actiehouder').fill('Mentor');
  await editor.getByLabel('Streefdatum').fill('2027-01-15');
  await editor.getByRole('radio', { name: 'Besproken, jongere is het eens' }).check();
  await editor.getByRole('button', { name: 'Opslaan' }).click();
  await expect(editor).toBeHidden();
  await board.expectLight('T.V.', 'Netwerk', 'rood');

  // G on the same cell: the light is green, the words of the red light stay behind,
  // and the toast asks whether the open action is done.
  await board.cell('T.V.', 'Netwerk').focus();
  await page.keyboard.press('g');
  await board.expectLight('T.V.', 'Netwerk', 'groen');
  const toast = page.getByRole('status').filter({ hasText: 'Is de actie' });
  await expect(toast).toContainText(
    'T.V. – Netwerk: groen. Is de actie „JIM-gesprek plannen” afgerond?',
  );
  await expect(toast.getByRole('button', { name: 'Ja, afgerond (A)' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The newest record: by the name given, no reason, no agreement; the action marked as carried.
  await page.getByRole('link', { name: 'T.V.' }).click();
  const newest = page.locator('.youth-timeline-entry').first();
  await expect(newest).toContainText('Netwerk');
  await expect(newest).toContainText('groen');
  await expect(newest).toContainText('door Noor Visser');
  await expect(newest).toContainText('Niet besproken met de jongere');
  await expect(newest).not.toContainText('Geen steunfiguur');
  await expect(newest).toContainText('JIM-gesprek plannen (uit vorig licht)');
  const older = page.locator('.youth-timeline-entry').nth(1);
  await expect(older).toContainText('Geen steunfiguur buiten de hulpverlening');
  await expect(older).toContainText('Besproken, jongere is het eens');
  await expect(page.getByText('door Onbekend')).toHaveCount(0);
});

test('the toast closes a carried action with one key, and that is undoable', async ({ page }) => {
  const board = new BoardPageModel(page);
  await board.open();
  const welcome = welcomeDialog(page);
  await welcome.getByRole('radio', { name: /^Ik werk bij de zorgaanbieder/ }).check();
  await welcome.getByLabel('Je naam').fill('Noor Visser');
  await welcome.getByLabel('Naam van de zorgaanbieder').fill('Stichting De Linde');
  await welcome.getByRole('button', { name: 'Aan de slag' }).click();
  await page.getByRole('button', { name: 'Demobord laden' }).click();
  await expect(board.grid()).toBeVisible();

  // A red light with a reason and an open action, set through the editor.
  const { cell, initials } = await board.firstLight('Wonen');
  await cell.focus();
  await page.keyboard.press('Enter');
  const editor = page.getByRole('dialog', { name: `${initials} – Wonen` });
  await editor.getByRole('radio', { name: /rood/ }).check();
  await editor.getByLabel('Wat ontbreekt er?').fill('Geen woonplek');
  await editor.getByLabel('Actie', { exact: true }).fill('Aanmelden begeleid wonen');
  await editor.getByRole('button', { name: 'Opslaan' }).click();
  await expect(editor).toBeHidden();

  await board.cell(initials, 'Wonen').focus();
  await page.keyboard.press('g');
  await expect(page.getByRole('status')).toContainText(
    'Is de actie „Aanmelden begeleid wonen” afgerond?',
  );
  await page.keyboard.press('a');
  await expect(page.getByRole('status')).toContainText(
    `Actie afgerond: ${initials} – Wonen: Aanmelden begeleid wonen`,
  );
  await expect(board.cell(initials, 'Wonen')).toHaveAttribute(
    'title',
    /^(?![\s\S]*Aanmelden begeleid wonen)/,
  );
  // Undo brings the action back (appended, never deleted).
  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(board.cell(initials, 'Wonen')).toHaveAttribute('title', /Aanmelden begeleid wonen/);
});
