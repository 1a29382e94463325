import { writeFile } from 'node:fs/promises';
import { expectNoSeriousA11yViolations } from './axe';
import { expect, test, TEST_PERSON, welcomeDialog } from './fixtures';
import { EscalationsModel } from './page-models/escalations';
import { ReviewPageModel } from './page-models/review-page';
import { SharePageModel } from './page-models/share-page';

test('an escalation candidate is escalated, answered and closed by keyboard, with its history kept, and shows in the monthly report and in inzage', async ({
  demoPage: page,
  browser,
}, testInfo) => {
  // Printing a PDF, making and opening an encrypted share file (PBKDF2) in a second profile.
  test.setTimeout(180_000);
  const model = new EscalationsModel(page);
  await model.openStoredDemo();
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
  // The young person's row carries the link to the youth page.
  await page
    .getByRole('row')
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

  // Answered is still open: the monthly report of the young person's municipality lists it.
  const youthUrl = page.url();
  const municipality = (await page
    .locator('dt', { hasText: /^Gemeente$/ })
    .first()
    .locator('xpath=following-sibling::dd[1]')
    .textContent())!.trim();
  expect(municipality).not.toBe('');
  const review = new ReviewPageModel(page);
  await review.openMunicipalities();
  const choice = page.getByRole('checkbox', { name: municipality, exact: true });
  if (!(await choice.isChecked())) await choice.press('Space');
  await model.press(page.getByRole('link', { name: `Maandrapport ${municipality}`, exact: true }));
  await expect(
    page.getByRole('heading', { level: 1, name: `Maandrapport ${municipality}` }),
  ).toBeVisible();
  const figure = page
    .getByRole('region', { name: 'Kerncijfers' })
    .locator('[data-figure="escalationsOpen"] dd');
  await expect(figure).toHaveText(/^[1-9]\d*$/);
  const open = page.getByRole('region', { name: 'Open escalaties' });
  const row = open.getByRole('row').filter({ hasText: question });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(candidate.initials);
  await expect(row).toContainText(candidate.condition);
  await expect(row).toContainText('contractmanager');
  await expect(row).toContainText('Aanmelding loopt, besluit in januari');
  await expect(row).toContainText('Loopt');
  await expectNoSeriousA11yViolations(page);
  const pdf = testInfo.outputPath('maandrapport.pdf');
  await review.pdfText(pdf);
  const printed = ReviewPageModel.readingOrder(pdf);
  expect(printed).toContain('Escalaties open');
  expect(printed).toContain('Open escalaties');
  expect(printed).toContain(question);
  expect(printed).toContain('Aanmelding loopt, besluit in januari');

  // The share file for that municipality carries it, without the name of who recorded it.
  const share = new SharePageModel(page);
  await share.open();
  await share.chooseMunicipality(municipality);
  const exported = await share.exportWithProposal();
  expect(exported.plain).toContain(question);
  expect(exported.plain).not.toContain(TEST_PERSON);
  const sharePath = testInfo.outputPath('deelbestand.json');
  await writeFile(sharePath, exported.envelope);

  // Opened by the municipality in a fresh profile: on the young person's page, read-only.
  const context = await browser.newContext();
  try {
    const reviewer = await context.newPage();
    await reviewer.goto('/#/');
    const welcome = welcomeDialog(reviewer);
    await welcome.getByRole('radio', { name: /^Ik ben van de gemeente/ }).check();
    await welcome.getByRole('button', { name: 'Deelbestand openen' }).press('Enter');
    await expect(welcome).toBeHidden();
    await reviewer.getByLabel('Deelbestand', { exact: true }).setInputFiles(sharePath);
    await reviewer.getByRole('button', { name: 'Openen' }).click();
    await reviewer.getByLabel('Wachtwoord van het deelbestand').fill(exported.passphrase);
    await reviewer.getByRole('button', { name: 'Openen' }).click();
    await expect(reviewer.getByRole('region', { name: 'Alleen-lezen inzage' })).toBeVisible();
    await reviewer.goto(youthUrl.replace(new URL(youthUrl).origin, ''));
    const inzage = new EscalationsModel(reviewer);
    const shown = inzage.escalation(question);
    await expect(shown).toContainText('Beantwoord, loopt nog');
    await expect(shown).toContainText('aan contractmanager op');
    await expect(shown).toContainText('Aanmelding loopt, besluit in januari');
    await expect(shown).not.toContainText(TEST_PERSON);
    await expect(inzage.section().getByRole('button')).toHaveCount(0);
    // Aandacht in the inzage shows the open escalation as a signal.
    await inzage.goAttention();
    await expect(
      reviewer
        .getByRole('listitem')
        .filter({ hasText: 'Escalatie open' })
        .filter({ hasText: question }),
    ).toHaveCount(1);
  } finally {
    await context.close();
  }

  // Back on the provider's youth page to close it.
  await page.goto(youthUrl);

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
