import { expect, test } from './fixtures';
import { expectNoSeriousA11yViolations } from './axe';
import { BoardPageModel } from './page-models/board-page';
import { YouthFormModel } from './page-models/youth-form';

test('detail page: change a light with its action, see it in the history, register outflow', async ({
  page,
}) => {
  const form = new YouthFormModel(page);
  await form.openNew();
  await expectNoSeriousA11yViolations(page);

  // Required fields missing: messages next to the fields, nothing saved.
  await form.submit();
  await expect(page.getByText('Vul dit veld in.').first()).toBeVisible();
  await expect(page.getByLabel(/Initialen of schuilnaam/)).toBeFocused();
  await page.goto('/#/');
  await expect(page.getByRole('heading', { name: 'Nog geen jongeren op het bord' })).toBeVisible();

  await form.openNew();
  await form.fill({
    initials: 'R.T.',
    birthDate: '2008-09-30',
    municipality: 'Deventer',
    location: 'Het Baken',
    placementStart: '2024-03-01',
    plannedEnd: '2027-02-01',
  });
  await form.submit();
  await expect(page.getByRole('heading', { level: 1, name: /R\.T\./ })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('button', { name: 'Wijzig 18+ overgang' }).click();
  const dialog = page.getByRole('dialog', { name: 'R.T. – 18+ overgang' });
  await dialog.getByRole('radio', { name: /oranje/ }).check();
  await dialog.getByLabel('Wat ontbreekt er?').fill('Nog geen indicatie begeleid wonen');
  await dialog.getByLabel('Actie', { exact: true }).fill('Wmo-aanvraag begeleid wonen');
  await dialog.getByLabel('Actiehouder').fill('Ilse');
  // The role, by keyboard: what a municipality reads instead of the name.
  await dialog.getByRole('combobox', { name: 'Rol' }).focus();
  await page.keyboard.type('mentor');
  await expect(dialog.getByRole('combobox', { name: 'Rol' })).toHaveValue('mentor');
  await dialog.getByRole('radio', { name: 'Besproken, jongere is het eens' }).check();
  await dialog.getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog).toBeHidden();

  const history = page.getByRole('region', { name: /Geschiedenis/ });
  await expect(history.getByText('Wmo-aanvraag begeleid wonen')).toBeVisible();
  await expect(history.getByText('Nog geen indicatie begeleid wonen')).toBeVisible();
  await expect(history.getByText('Ilse (mentor)')).toBeVisible();

  await page.getByRole('button', { name: 'Uitstroom registreren' }).click();
  const outflow = page.getByRole('dialog', { name: 'Uitstroom van R.T.' });
  await outflow.getByLabel(/Werkelijke bestemming/).selectOption({ label: 'Begeleid wonen' });
  await outflow.getByRole('button', { name: 'Uitstroom registreren' }).click();
  await expect(outflow).toBeHidden();
  await expect(page.getByText(/Uitgestroomd op .* bestemming: Begeleid wonen/)).toBeVisible();

  await page.getByRole('link', { name: 'Uitgestroomd', exact: true }).click();
  await expect(page.getByRole('link', { name: 'R.T.' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('link', { name: 'Bord', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Nog geen jongeren op het bord' })).toBeVisible();
});

test('the demo board opens a young person with full history, by keyboard', async ({
  demoPage: page,
}) => {
  const board = new BoardPageModel(page);
  await board.openStoredDemo();
  const firstLink = board.grid().getByRole('link').first();
  const initials = (await firstLink.textContent()) ?? '';
  // Into the grid with the keyboard, left to the name column, Enter.
  await board.grid().getByRole('button').first().focus();
  await page.keyboard.press('Home');
  await expect(firstLink).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { level: 1, name: new RegExp(initials.replace(/\./g, '\\.')) }),
  ).toBeVisible();
  const history = page.getByRole('region', { name: /Geschiedenis/ });
  await expect(history.getByRole('listitem').nth(5)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
