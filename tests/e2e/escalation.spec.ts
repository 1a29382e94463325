import { expectNoSeriousA11yViolations } from './axe';
import { expect, test, TEST_PERSON } from './fixtures';
import { EscalationsModel } from './page-models/escalations';

test('an escalation candidate is escalated, answered and closed by keyboard, with its history kept', async ({
  page,
}) => {
  const model = new EscalationsModel(page);
  await model.openDemo();
  await model.goAttention();

  // The demo board has lights red for three reviews in a row: escalation candidates.
  const candidate = await model.firstCandidate();
  expect(candidate.initials).not.toBe('');
  await model.press(candidate.link);

  // The youth page opens with the form, the candidate's condition already chosen.
  const form = model.dialog(`Escalatie vastleggen – ${candidate.initials}`);
  await expect(form).toBeVisible();
  await expect(form.getByLabel('Randvoorwaarde').locator('option:checked')).toHaveText(
    candidate.condition,
  );
  await expect(
    form.getByText('Een naam van een persoon is niet nodig.', { exact: false }),
  ).toBeVisible();

  // Saving empty says what is missing, in Dutch, and saves nothing.
  await model.press(form.getByRole('button', { name: 'Opslaan' }));
  await expect(form.getByText('Vul dit veld in.').first()).toBeVisible();
  await expect(form.getByLabel('Wat vraag je de gemeente?')).toBeFocused();

  const question = 'Een plek begeleid wonen per 1 maart';
  await page.keyboard.type(question);
  await page.keyboard.press('Tab');
  await expect(form.getByLabel('Aan wie bij de gemeente?')).toBeFocused();
  await page.keyboard.type('contractmanager');
  await page.keyboard.press('Enter');
  await expect(form).toBeHidden();
  await expect(page.getByText(`Escalatie vastgelegd voor ${candidate.initials}`)).toBeVisible();

  const item = model.escalation(question);
  await expect(item).toContainText('Wacht op antwoord');
  await expect(item).toContainText('aan contractmanager op');
  await expect(item).toContainText(`Randvoorwaarde: ${candidate.condition}`);
  await expect(item).toContainText(`vastgelegd door ${TEST_PERSON}`);

  // Aandacht shows it as a signal, and no longer the candidate for that condition.
  await model.goAttention();
  await expect(
    page
      .getByRole('listitem')
      .filter({ hasText: 'Escalatie open: antwoord gevraagd vóór' })
      .filter({ hasText: question }),
  ).toHaveCount(1);
  await expect(
    page.getByRole('link', {
      name: `Escalatie vastleggen voor ${candidate.initials} (${candidate.condition})`,
      exact: true,
    }),
  ).toHaveCount(0);

  // Back on the youth page: the municipality's answer and outcome.
  await page
    .getByRole('listitem')
    .filter({ hasText: question })
    .getByRole('link', { name: candidate.initials, exact: true })
    .click();
  await model.press(
    model.section().getByRole('button', { name: `Antwoord vastleggen: ${question}` }),
  );
  const answer = model.dialog(`Antwoord van de gemeente – ${candidate.initials}`);
  await expect(answer.getByLabel('Antwoord van de gemeente')).toBeFocused();
  await page.keyboard.type('Aanmelding loopt, besluit in januari');
  // The date stays today (a date field takes a Tab per part in Chromium: focus the next field).
  await answer.getByLabel('Uitkomst').focus();
  await answer.getByLabel('Uitkomst').selectOption('ongoing');
  await model.press(answer.getByRole('button', { name: 'Opslaan' }));
  await expect(answer).toBeHidden();
  await expect(item).toContainText('Beantwoord, loopt nog');
  await expect(item).toContainText('– Loopt: Aanmelding loopt, besluit in januari');

  // Closing keeps everything in the history.
  await model.press(model.section().getByRole('button', { name: `Afsluiten: ${question}` }));
  const close = model.dialog(`Escalatie afsluiten – ${candidate.initials}`);
  await expect(close.getByLabel('Afgesloten op')).toBeFocused();
  await close.getByLabel('Toelichting').focus();
  await page.keyboard.type('Plek toegezegd');
  await model.press(close.getByRole('button', { name: 'Opslaan' }));
  await expect(close).toBeHidden();
  await expect(item).toContainText('Afgesloten');
  await expect(item).toContainText(question);
  await expect(item).toContainText('Aanmelding loopt, besluit in januari');
  await expect(item).toContainText('Plek toegezegd');
  await expect(item.getByRole('button')).toHaveCount(0);

  await expectNoSeriousA11yViolations(page);
});
