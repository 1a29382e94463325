import { readFileSync } from 'node:fs';
import { expect, test, TEST_PERSON, TEST_PROVIDER } from './fixtures';
import { addMonths, format, subYears } from 'date-fns';
import { nl } from 'date-fns/locale/nl';
import { expectNoSeriousA11yViolations } from './axe';
import { BoardPageModel } from './page-models/board-page';
import { MeetingsModel } from './page-models/meetings-page';
import { YouthFormModel } from './page-models/youth-form';

test('a monthly meeting planned from the demo board: its agenda reordered by keyboard, kept after a reload', async ({
  demoPage: page,
}) => {
  // The demo board, two axe runs and a reload: more than the default minute on a loaded machine.
  test.setTimeout(90_000);
  const meetings = new MeetingsModel(page);
  await new BoardPageModel(page).openStoredDemo();
  await meetings.openList();
  await expectNoSeriousA11yViolations(page);
  await meetings.planMonthly('Mo de Vries');
  const total = await meetings.agendaItems().count();
  expect(total).toBeGreaterThan(40);
  await expectNoSeriousA11yViolations(page);

  // Keyboard only: pick up the third item with its handle, move it up one place, drop it.
  const second = await meetings.agendaName(2);
  const third = await meetings.agendaName(3);
  await meetings.itemButton(3, / verplaatsen$/).focus();
  await page.keyboard.press('Space');
  await expect(
    page.getByText(new RegExp(`${escape(third)} opgepakt, plaats 3 van ${total}`)),
  ).toBeAttached();
  await page.keyboard.press('ArrowUp');
  await expect(
    page.getByText(new RegExp(`${escape(third)} naar plaats 2 van ${total}`)),
  ).toBeAttached();
  await page.keyboard.press('Space');
  await expect(
    page.getByText(new RegExp(`${escape(third)} neergezet op plaats 2 van ${total}`)),
  ).toBeAttached();
  await expect.poll(() => meetings.agendaName(2)).toBe(third);
  expect(await meetings.agendaName(3)).toBe(second);
  // The buttons do the same without dragging.
  await meetings.itemButton(2, / omhoog$/).press('Enter');
  await expect.poll(() => meetings.agendaName(1)).toBe(third);
  await expect(meetings.itemButton(1, / omhoog$/)).toBeFocused();
  await meetings.itemButton(1, / omlaag$/).press('Enter');
  await expect.poll(() => meetings.agendaName(2)).toBe(third);

  await page.reload();
  await expect.poll(() => meetings.agendaName(2)).toBe(third);
  expect(await meetings.agendaName(3)).toBe(second);
});

test('a monthly meeting on the projector: one light changed, two discussed unchanged, closed, the minutes read back', async ({
  demoPage: page,
}) => {
  // The demo board, planning, three axe runs and a reload. Apart from the planning test above,
  // so a failure in one does not hide the other.
  test.setTimeout(90_000);
  const meetings = new MeetingsModel(page);
  const total = await meetings.planOnDemoBoard('Mo de Vries');
  const order = [
    await meetings.agendaName(1),
    await meetings.agendaName(2),
    await meetings.agendaName(3),
  ];

  // Meeting mode, on a 1280×720 projector, started by keyboard.
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.getByRole('button', { name: 'Overleg starten' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(meetings.youthHeading()).toHaveText(order[0]!);
  await expect(meetings.progress()).toHaveText(`0 van ${total} besproken`);
  await meetings.expectNoHorizontalScroll();
  await expectNoSeriousA11yViolations(page);

  // First young person: change one light with the keyboard.
  await page.keyboard.press('1');
  // Enter opens the selected light in the light editor to type a reason; Escape leaves it without a change.
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: /– Wonen$/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  const before = ((await meetings.light('Wonen').getAttribute('aria-label')) ?? '').split(': ')[1]!;
  const [key, after] = before === 'rood' ? ['o', 'oranje'] : ['r', 'rood'];
  await page.keyboard.press(key);
  await expect(meetings.light('Wonen')).toHaveAccessibleName(`Wonen: ${after}`);
  await expect(meetings.progress()).toHaveText(`1 van ${total} besproken`);

  // Next two: discussed, unchanged — by key and by button. Only someone whose every
  // applicable light was assessed can be unchanged (issue 21); the demo leaves a few unset.
  await page.keyboard.press('ArrowRight');
  await expect(meetings.youthHeading()).toHaveText(order[1]!);
  const unchanged = [await meetings.nextFullyAssessed()];
  await page.keyboard.press('b');
  await expect(meetings.progress()).toHaveText(`2 van ${total} besproken`);
  unchanged.push(await meetings.nextFullyAssessed());
  await page.getByRole('button', { name: 'Besproken, ongewijzigd' }).click();
  await expect(meetings.progress()).toHaveText(`3 van ${total} besproken`);

  await page.setViewportSize({ width: 1920, height: 1080 });
  await meetings.expectNoHorizontalScroll();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('button', { name: 'Overleg afsluiten' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Overleg afsluiten' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: /^Verslag Casusoverleg/ }),
  ).toBeVisible();

  const expectMinutes = async () => {
    const moved = page.getByRole('table', { name: 'Gewijzigde stoplichten' });
    await expect(moved.getByRole('row')).toHaveCount(2);
    // Before → after, then what the light says now (reason, action, owner, due date).
    const changed = moved.getByRole('row').nth(1).getByRole('cell');
    await expect(changed).toHaveCount(7);
    await expect(changed.nth(0)).toHaveText(order[0]!);
    await expect(changed.nth(1)).toHaveText('Wonen');
    await expect(changed.nth(2)).toHaveText(new RegExp(`^. ${before} → . ${after}$`));
    const confirmed = page.getByRole('region', { name: 'Besproken, ongewijzigd' });
    await expect(confirmed.getByRole('listitem')).toHaveText(unchanged);
    await expect(
      page.getByRole('region', { name: 'Nieuwe acties' }).getByText('Geen.'),
    ).toBeVisible();
    await expect(
      page.getByRole('region', { name: 'Niet besproken' }).getByRole('listitem'),
    ).toHaveCount(total - 3);
    await expect(page.getByText(`3 van ${total} besproken`)).toBeVisible();
  };
  await expectMinutes();
  await expectNoSeriousA11yViolations(page);

  await page.reload();
  await expectMinutes();

  await page.getByRole('link', { name: 'Terug naar overleggen' }).click();
  const past = page.getByRole('table', { name: 'Afgerond' });
  await expect(past.getByRole('row')).toHaveCount(2);
  await expect(past.getByRole('cell', { name: `3 van ${total} besproken` })).toBeVisible();
});

test('meeting integrity: the agenda says why, B waits for every light, the printed minutes carry reason and action', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  const meetings = new MeetingsModel(page);
  const form = new YouthFormModel(page);
  // Turns 18 in four months, at a location of its own so the proposal can be limited to it.
  const eighteenth = addMonths(new Date(), 4);
  await form.openNew();
  await form.fill({
    initials: 'Z.Q.',
    birthDate: format(subYears(eighteenth, 18), 'yyyy-MM-dd'),
    municipality: 'Deventer',
    location: 'Het Anker',
    placementStart: '2025-09-01',
  });
  await form.submit();
  await expect(page.getByRole('heading', { level: 1, name: /Z\.Q\./ })).toBeVisible();

  await meetings.openList();
  await meetings.planMonthly('Mo de Vries', { location: 'Het Anker' });
  await expect(meetings.agendaItems()).toHaveCount(1);
  expect(await meetings.agendaName(1)).toBe('Z.Q.');
  // Why: the 18th birthday with its date, as a signal with its severity written out.
  await expect(meetings.agendaReasons(1)).toContainText(
    `hoog Wordt 18 op ${format(eighteenth, 'd MMM yyyy', { locale: nl })}, 18+ overgang niet beoordeeld`,
  );
  await expectNoSeriousA11yViolations(page);

  // Start by keyboard and run the meeting on the projector.
  await page.getByRole('button', { name: 'Overleg starten' }).focus();
  await page.keyboard.press('Enter');
  await expect(meetings.youthHeading()).toHaveText('Z.Q.');
  await expect(meetings.light('Wonen')).toHaveAccessibleName('Wonen: niet beoordeeld');
  // The app header is hidden on the projector; who sets the lights still shows.
  await expect(page.getByRole('button', { name: `Je werkt als ${TEST_PERSON}` })).toBeVisible();

  // B with unassessed lights: refused, explained, nothing written.
  await page.keyboard.press('b');
  await expect(meetings.refusal().getByRole('alert')).toHaveText(
    /^⚠ Z\.Q\. kan nog niet als ongewijzigd besproken worden: deze stoplichten zijn nog niet beoordeeld: Wonen, .*18\+ overgang, .* en .*\. Beoordeel eerst; ‘besproken, ongewijzigd’ is niet vastgelegd\.$/,
  );
  await expect(meetings.progress()).toHaveText('0 van 1 besproken');
  await expect(page.getByText('Nog niet besproken', { exact: true })).toBeVisible();
  await expect(page.getByText('Nog geen beoordelingen.')).toBeVisible();
  await expect(meetings.youthHeading()).toHaveText('Z.Q.');
  const assess = page.getByRole('button', { name: 'Wonen nu beoordelen' });
  await expect(assess).toBeFocused();
  await expectNoSeriousA11yViolations(page);

  // Enter opens Wonen in the light editor: red, with what is missing and who acts by when.
  await page.keyboard.press('Enter');
  const editor = page.getByRole('dialog', { name: 'Z.Q. – Wonen' });
  await expect(editor).toBeVisible();
  await editor.getByRole('radio', { name: /^rood/i }).check();
  await editor.getByLabel('Wat ontbreekt er?').fill('Geen woonplek na uitstroom in zicht');
  await editor
    .getByLabel('Actie', { exact: true })
    .fill('Aanmelden voor begeleid wonen bij De Kern');
  await editor.getByLabel('Actiehouder').fill('Mo');
  const due = addMonths(new Date(), 1);
  await editor.getByLabel('Streefdatum').fill(format(due, 'yyyy-MM-dd'));
  await editor.getByRole('button', { name: 'Opslaan' }).press('Enter');
  await expect(editor).toBeHidden();
  await expect(meetings.light('Wonen')).toHaveAccessibleName('Wonen: rood');
  await expect(meetings.progress()).toHaveText('1 van 1 besproken');
  // The message follows the lights: the next unassessed one is offered now.
  await expect(meetings.refusal()).not.toContainText(/: Wonen,/);
  await expect(page.getByRole('button', { name: /^Onderwijs.* nu beoordelen$/ })).toBeVisible();

  await page.getByRole('button', { name: 'Overleg afsluiten' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Overleg afsluiten' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: /^Verslag Casusoverleg/ }),
  ).toBeVisible();
  const moved = page.getByRole('table', { name: 'Gewijzigde stoplichten' });
  await expect(moved.getByRole('row').nth(1)).toContainText('Geen woonplek na uitstroom in zicht');
  await expect(page.getByRole('heading', { name: 'Afgeronde acties' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Vervangen acties' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const pdf = testInfo.outputPath('verslag.pdf');
  const text = await meetings.pdfText(pdf);
  const flat = text.replace(/\s+/g, ' ');
  expect(flat).toContain('Gewijzigde stoplichten');
  expect(flat).toMatch(/Z\.Q\. Wonen/);
  // Long cells wrap in the table, so read the PDF in reading order: each phrase must be whole,
  // and in the changed light's own row (the action is also listed under "Nieuwe acties").
  const printed = MeetingsModel.readingOrder(pdf);
  const start = printed.indexOf('Gewijzigde stoplichten');
  const end = printed.indexOf('Besproken, ongewijzigd', start);
  expect(start).toBeGreaterThanOrEqual(0);
  expect(end).toBeGreaterThan(start);
  const changed = printed.slice(start, end);
  const row = changed.slice(changed.indexOf('Z.Q. Wonen'));
  expect(row).toMatch(/^Z\.Q\. Wonen /);
  expect(row).toContain(
    `rood Geen woonplek na uitstroom in zicht Aanmelden voor begeleid wonen bij De Kern Mo ${format(due, 'd MMM yyyy', { locale: nl })}`,
  );
  expect(flat).toContain('Afgeronde acties');
  expect(flat).toContain('Vervangen acties');
  expect(flat).not.toContain('Afgeronde of vervangen');
  // The provider named on first use heads the printed minutes.
  expect(flat).toContain(TEST_PROVIDER);
});

test('a municipal review proposes only the residents of the chosen municipality', async ({
  demoPage: page,
}) => {
  const board = new BoardPageModel(page);
  const meetings = new MeetingsModel(page);
  await board.openStoredDemo();
  await meetings.openList();
  await page.getByRole('button', { name: 'Nieuw overleg' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nieuw overleg plannen' });
  await dialog.getByLabel('Soort overleg').selectOption('municipalReview');
  await dialog.getByRole('button', { name: 'Plannen en agenda voorstellen' }).click();
  await expect(dialog.getByText('Kies ten minste één gemeente.')).toBeVisible();
  const first = dialog
    .getByRole('group', { name: 'Gemeenten aan tafel' })
    .getByRole('checkbox')
    .first();
  const municipality = ((await first.locator('xpath=..').innerText()) ?? '').trim();
  await first.check();
  await dialog.getByRole('button', { name: 'Plannen en agenda voorstellen' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: /^Gemeentelijk overleg/ }),
  ).toBeVisible();
  const items = meetings.agendaItems();
  expect(await items.count()).toBeGreaterThan(0);
  for (const text of await items.allInnerTexts()) expect(text).toContain(municipality);
  await expectNoSeriousA11yViolations(page);

  // Remove one and add it back at the end.
  const name = await meetings.agendaName(1);
  const count = await items.count();
  await meetings.itemButton(1, / van de agenda halen$/).click();
  await expect(items).toHaveCount(count - 1);
  await page
    .getByLabel('Jongere toevoegen aan de agenda')
    .selectOption({ label: `${name} — ${municipality}` });
  await page.getByRole('button', { name: 'Toevoegen', exact: true }).click();
  await expect(items).toHaveCount(count);
  expect(await meetings.agendaName(count)).toBe(name);

  // The meeting mode of a planned meeting asks to start first.
  await page.getByRole('link', { name: 'Terug naar overleggen' }).click();
  await page.getByRole('link', { name: /^Vergadermodus:/ }).click();
  await expect(page.getByText('Dit overleg is nog niet gestart.')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test('the cadence in settings sets the next dates on the list', async ({ page }) => {
  await page.goto('/#/instellingen');
  const section = page.getByRole('region', { name: 'Overleggen' });
  await section.getByLabel('Week van de maand').selectOption('-1');
  await section.getByLabel('Dag').selectOption('5');
  await section.getByLabel('Om de hoeveel weken').fill('0');
  await section.getByRole('button', { name: 'Opslaan' }).click();
  await expect(section.getByText('Kies 1 tot en met 26 weken.')).toBeVisible();
  await section.getByLabel('Om de hoeveel weken').fill('6');
  await section.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText('Ritme van de overleggen opgeslagen.')).toBeVisible();
  await page.goto('/#/overleggen');
  await expect(page.getByText(/Maandelijks casusoverleg: vrijdag/)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

function escape(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

test('the municipal review as the municipality sees it: time and place, opening figures, no client number or names, the calendar file', async ({
  demoPage: page,
}) => {
  test.setTimeout(120_000);
  const board = new BoardPageModel(page);
  const meetings = new MeetingsModel(page);
  await board.openStoredDemo();
  await meetings.openList();

  // Plan by keyboard: the type, then the proposed 10:00–11:30 changed to 12:00, a place, a municipality.
  await page.getByRole('button', { name: 'Nieuw overleg' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Nieuw overleg plannen' });
  await dialog.getByLabel('Soort overleg').focus();
  await dialog.getByLabel('Soort overleg').selectOption('municipalReview');
  await expect(dialog.getByLabel('Begintijd')).toHaveValue('10:00');
  await expect(dialog.getByLabel('Eindtijd')).toHaveValue('11:30');
  await dialog.getByLabel('Eindtijd').focus();
  await page.keyboard.type('0900');
  await dialog.getByLabel('Plaats').focus();
  await page.keyboard.type('Stadhuis, zaal 3');
  const first = dialog
    .getByRole('group', { name: 'Gemeenten aan tafel' })
    .getByRole('checkbox')
    .first();
  const municipality = ((await first.locator('xpath=..').innerText()) ?? '').trim();
  await first.focus();
  await page.keyboard.press('Space');
  await dialog.getByRole('button', { name: 'Plannen en agenda voorstellen' }).focus();
  await page.keyboard.press('Enter');
  // 09:00 is before the start: a Dutch message at the field, nothing planned.
  await expect(
    dialog.getByText('De eindtijd moet na de begintijd liggen, op dezelfde dag.'),
  ).toBeVisible();
  await expect(dialog.getByLabel('Eindtijd')).toBeFocused();
  // Chromium keeps the caret in the minutes segment after an error; fill sets the whole time.
  await dialog.getByLabel('Eindtijd').fill('12:00');
  await dialog.getByRole('button', { name: 'Plannen en agenda voorstellen' }).focus();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { level: 1, name: /^Gemeentelijk overleg/ }),
  ).toBeVisible();
  const placed = await meetings.agendaItems().count();
  expect(placed).toBeGreaterThan(0);
  // The provider's plan shows the client number; the meeting with the municipality must not.
  const firstLabel = await meetings.agendaName(1);
  const initials = firstLabel.replace(/\s*\(.*\)$/, '');
  const clientNumber = /\((CL-\d+)\)/.exec(firstLabel)?.[1];

  // The summary is on the plan page too, with a link to the monthly report.
  const planSummary = page.getByRole('table', { name: 'Stand per gemeente' });
  await expect(
    planSummary.getByRole('link', { name: `Maandrapport ${municipality}` }),
  ).toHaveAttribute(
    'href',
    new RegExp(`#/rapport/${encodeURIComponent(municipality)}/\\d{4}-\\d{2}$`),
  );

  // The calendar file: start and end in Dutch time, the municipality and the place.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Agenda-afspraak (.ics)' }).click();
  const download = await downloading;
  const ics = readFileSync((await download.path())!, 'utf8').replace(/\r\n[ \t]/g, '');
  const lines = ics.split('\r\n');
  const day = /DTSTART;TZID=Europe\/Amsterdam:(\d{8})T100000/.exec(ics)?.[1];
  expect(day).toBeTruthy();
  expect(lines).toContain(`DTEND;TZID=Europe/Amsterdam:${day}T120000`);
  expect(lines).toContain('BEGIN:VTIMEZONE');
  expect(lines).toContain('LOCATION:Stadhuis\\, zaal 3');
  expect(lines.find((line) => line.startsWith('SUMMARY:'))).toContain(municipality);
  expect(lines.find((line) => line.startsWith('DESCRIPTION:'))).toContain(
    `Gemeenten: ${municipality}`,
  );

  // Meeting mode opens with the figures; → goes to the first young person.
  await page.getByRole('button', { name: 'Overleg starten' }).click();
  const summary = page.getByRole('table', { name: 'Stand per gemeente' });
  await expect(summary).toBeVisible();
  await expect(meetings.youthHeading()).toHaveCount(0);
  const placedRow = summary.getByRole('row', { name: /^Geplaatst/ });
  await expect(placedRow.getByRole('cell')).toHaveText([String(placed)]);
  await expect(summary.getByRole('row', { name: /^Rood: Wonen/ })).toBeVisible();
  await expect(summary.getByRole('row', { name: /^Wordt 18 binnen 6 maanden/ })).toBeVisible();
  await expect(
    summary.getByRole('row', { name: /^Uitstroom gepland binnen 3 maanden/ }),
  ).toBeVisible();
  await expect(summary.getByRole('row', { name: /^Geplande uitstroom verstreken/ })).toBeVisible();
  await expect(summary.getByRole('link', { name: `Maandrapport ${municipality}` })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.keyboard.press('ArrowRight');
  await expect(meetings.youthHeading()).toHaveText(initials);
  await expect(page.locator('.meeting-position')).toHaveText(`Jongere 1 van ${placed}`);
  // What the projector shows: the meeting room (the app header is hidden in meeting mode).
  await expect(page.getByRole('banner')).toBeHidden();
  const screen = page.locator('.meeting-room');
  if (clientNumber) await expect(screen).not.toContainText(clientNumber);
  await expect(screen).not.toContainText(/CL-\d+/);
  // The demo board's coordinators, mentors and internal notes (src/i18n/nl/demo.ts).
  for (const name of ['Sanne W.', 'Joost V.', 'Mehmet K.', 'Lotte B.', 'Fatima E.', '(mentor)'])
    await expect(screen).not.toContainText(name);
  for (const note of [
    'Evaluatie 3 maanden voor einde plaatsing gepland',
    'Gezinsgesprekken eens per twee weken',
    'Schoolwissel na de zomer besproken',
    'Verlenging plaatsing aangevraagd bij gemeente',
    'Weekendverlof naar huis loopt goed',
  ])
    await expect(screen).not.toContainText(note);
  await expect(screen).not.toContainText(TEST_PERSON);
  // The provider still runs the meeting: a light can be set by key.
  await page.keyboard.press('1');
  const before = ((await meetings.light('Wonen').getAttribute('aria-label')) ?? '').split(': ')[1]!;
  const [key, after] = before === 'rood' ? ['o', 'oranje'] : ['r', 'rood'];
  await page.keyboard.press(key);
  await expect(meetings.light('Wonen')).toHaveAccessibleName(`Wonen: ${after}`);
  // ← goes back to the figures.
  await page.keyboard.press('ArrowLeft');
  await expect(summary).toBeVisible();
});
