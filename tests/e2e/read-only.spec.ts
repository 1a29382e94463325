import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { t } from '../../src/i18n/dictionary';
import { tb } from '../../src/i18n/backup';
import { te } from '../../src/i18n/escalations';
import { tx } from '../../src/i18n/exchange';
import { tm } from '../../src/i18n/meetings';
import { tr } from '../../src/i18n/review';
import { expectNoSeriousA11yViolations } from './axe';
import { autoAnswerWelcome, expect, test as base, welcomeDialog } from './fixtures';
import { BoardPageModel } from './page-models/board-page';
import { tc } from '../../src/i18n/conditions';

/**
 * #23 "Roles decide what is drawn": a municipality opening a share file sees
 * no control that writes, on any view the navigation leads to. The names of
 * the editing actions come from the dictionary, so a new editing control
 * (with its words added there) fails here unless it asks the capability.
 */

const PASSPHRASE = 'de gemeente kijkt mee 2026';
const ANY = '\u0001';

function escape(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A name, or the start of one ("Wijzig Wonen", "Afgerond: … (A.B.)"). */
function named(name: string): RegExp {
  return new RegExp(`^${escape(name)}(?:$|[\\s:…])`);
}

/** A label made by a dictionary function, with any text or number where its arguments go. */
function labelled(make: (...args: never[]) => string, ...args: (string | number)[]): RegExp {
  let source = escape(make(...(args as never[])));
  source = source.split(ANY).join('.+');
  for (const arg of args)
    if (typeof arg === 'number') source = source.split(String(arg)).join('\\d+');
  return new RegExp(`^${source}$`);
}

const EDITING_ACTIONS: RegExp[] = [
  // Board
  named(t.board.addYouth),
  named(t.board.loadDemo),
  named(t.board.demoConfirmReplace),
  // Young person
  named(t.actions.edit),
  named(t.actions.save),
  named(t.actions.add),
  named(t.actions.undo),
  named(t.youth.lights.change),
  named(t.youth.detail.registerOutflow),
  named(t.youth.detail.undoOutflow),
  named(t.youth.outflow.submit),
  named(t.signals.review.request),
  named(t.signals.review.resolve),
  labelled(t.signals.review.resolveLabel, ANY),
  // Aandacht, Acties, follow-up after outflow
  named(t.signals.attention.thresholdsLink),
  named(t.signals.actions.done),
  named(t.signals.actions.replan),
  labelled(t.signals.actions.doneLabel, ANY, ANY),
  labelled(t.signals.actions.replanLabel, ANY, ANY),
  named(t.signals.followUp.record),
  named(t.signals.followUp.recordAtActions),
  labelled(t.signals.followUp.recordLabel, ANY, 3),
  named(t.signals.settings.reset),
  // Meetings
  named(tm.newMeeting),
  named(tm.create),
  named(tm.propose),
  named(tm.addYouth),
  named(tm.startMeeting),
  named(tm.continueMeeting),
  named(tm.confirm),
  named(tm.close),
  named(tm.openPlan),
  named(tm.openMode),
  labelled(tm.removeLabel, ANY),
  labelled(tm.moveUpLabel, ANY),
  labelled(tm.moveDownLabel, ANY),
  // Escalations to the municipality
  named(te.record),
  named(te.fromCandidate),
  labelled(te.fromCandidateLabel, ANY, ANY),
  labelled(t.signals.attention.discussedLabel, ANY),
  named(te.answer),
  named(te.close),
  labelled(te.answerLabel, ANY),
  labelled(te.closeLabel, ANY),
  // The provider's explanation with a monthly report
  named(tr.explanationSave),
  // Conditions
  named(tc.add),
  named(tc.retire),
  named(tc.restore),
  labelled(tc.editLabel, ANY),
  labelled(tc.retireLabel, ANY),
  labelled(tc.restoreLabel, ANY),
  labelled(tc.handle, ANY),
  labelled(tc.moveUpLabel, ANY),
  labelled(tc.moveDownLabel, ANY),
  named(t.settings.conditionsLink),
  // Gegevens: backup, restore, repair, erasure, retention, import, making a share file
  named(t.backup.export.button),
  named(t.backup.reminder.button),
  named(tb.restore.confirmReplace),
  named(tb.restore.confirmMerge),
  named(tb.health.repair),
  named(tb.health.remove),
  named(tb.health.edit),
  named(tb.erase.button),
  named(tb.erase.confirm),
  labelled(tb.retention.button, 2),
  named(tx.csv.template),
  named(tx.share.create),
  // Who is working
  named(t.identity.switchPerson),
];

/** Every button and link in the page, hidden ones included (absent means absent), by accessible name. */
async function controlNames(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const nameOf = (element: Element) => {
      const labelledBy = element.getAttribute('aria-labelledby');
      if (labelledBy) {
        return labelledBy
          .split(/\s+/)
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' ');
      }
      return element.getAttribute('aria-label') ?? element.textContent ?? '';
    };
    return [
      ...document.querySelectorAll(
        'button, a[href], [role="button"], [role="link"], input[type="submit"], input[type="button"]',
      ),
    ].map((element) => nameOf(element).replace(/\s+/g, ' ').trim());
  });
}

async function editingControls(page: Page): Promise<string[]> {
  const names = await controlNames(page);
  return names.filter((name) => EDITING_ACTIONS.some((pattern) => pattern.test(name)));
}

async function expectNoEditingControls(page: Page, where: string) {
  expect(await editingControls(page), `editing controls on ${where}`).toEqual([]);
}

/** The view is drawn: its heading is there and nothing says it is still loading. */
async function settled(page: Page) {
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  await expect(page.locator('main [role="status"]').filter({ hasText: /aden…$/ })).toHaveCount(0);
}

type ShareFile = { path: string; municipality: string };

const test = base.extend<{ reviewer: Page }, { shareFile: ShareFile }>({
  // The provider's side, made once per worker: the demo board and an encrypted share file for
  // one municipality (PBKDF2 on export takes seconds); each test opens it in a fresh profile.
  shareFile: [
    async ({ browser }, use, workerInfo) => {
      // A worker's fixture gets none of the config's `use` defaults: pass the ones the app needs.
      const { baseURL, locale, timezoneId, viewport } = workerInfo.project.use;
      const context = await browser.newContext({ baseURL, locale, timezoneId, viewport });
      const page = await context.newPage();
      await autoAnswerWelcome(page);
      await new BoardPageModel(page).loadDemo();
      // The list does find the provider's own editing controls: the checks below are not vacuous.
      expect(await editingControls(page)).toEqual(expect.arrayContaining([t.board.addYouth]));
      await page.getByRole('link', { name: t.nav.data, exact: true }).click();
      const share = page.getByRole('region', { name: tx.share.title });
      const select = share.getByLabel(tx.share.municipality, { exact: true });
      await expect.poll(() => select.locator('option').count()).toBeGreaterThan(1);
      const municipality = (await select.locator('option').first().textContent())!;
      await select.selectOption(municipality);
      // Always encrypted: here with a passphrase of the provider's own choosing.
      await share.getByRole('radio', { name: tx.share.useOwn }).check();
      const secrets = share.locator('input[type="password"]');
      await expect(secrets).toHaveCount(2);
      const count = await secrets.count();
      for (let index = 0; index < count; index += 1) await secrets.nth(index).fill(PASSPHRASE);
      const downloading = page.waitForEvent('download');
      await share.getByRole('button', { name: tx.share.create }).click();
      const download = await downloading;
      // The download is gone with its context: keep a copy for the worker's tests.
      const path = join(
        workerInfo.project.outputDir,
        `inzage-${workerInfo.workerIndex}-${download.suggestedFilename()}`,
      );
      await download.saveAs(path);
      await context.close();
      await use({ path, municipality });
    },
    { scope: 'worker', timeout: 60_000 },
  ],

  // A fresh browser: the account manager answers the first question as a municipality and opens
  // the share file with the passphrase, all by keyboard.
  reviewer: async ({ browser, shareFile }, use) => {
    const context = await browser.newContext();
    const reviewer = await context.newPage();
    await reviewer.goto('/#/');
    const welcome = welcomeDialog(reviewer);
    await welcome.getByRole('radio', { name: t.identity.audience.municipality }).check();
    await welcome.getByRole('button', { name: t.identity.openShare }).press('Enter');
    await expect(welcome).toBeHidden();

    // Straight to the chooser.
    const file = reviewer.getByLabel(tx.open.file, { exact: true });
    await expect(file).toBeFocused();
    await file.setInputFiles(shareFile.path);
    await reviewer.keyboard.press('Tab');
    await expect(reviewer.getByRole('button', { name: tx.open.open })).toBeFocused();
    await reviewer.keyboard.press('Enter');
    const passphrase = reviewer.getByLabel(tx.open.passphrase);
    await passphrase.fill(PASSPHRASE);
    await passphrase.press('Enter');
    await expect(reviewer.getByRole('region', { name: t.reviewBanner.label })).toBeVisible();
    await use(reviewer);
    await context.close();
  },
});

test('inzage on a municipality device: it lands on the board, which has no control that writes and ignores colour keys', async ({
  reviewer,
  shareFile,
}) => {
  // It lands on the top of the board with one clear line.
  const landing = new RegExp(
    `^${escape(t.reviewBanner.text(ANY, shareFile.municipality)).replace(ANY, '\\d{1,2} \\S+ \\d{4}')}$`,
  );
  await expect(
    reviewer.getByRole('region', { name: t.reviewBanner.label }).getByText(landing),
  ).toBeVisible();
  await expect(reviewer.getByRole('heading', { level: 1, name: t.board.title })).toBeFocused();
  expect(await reviewer.evaluate(() => window.scrollY)).toBe(0);
  await expect(reviewer.getByRole('navigation', { name: t.nav.label })).toBeInViewport();
  const board = new BoardPageModel(reviewer);
  await expect(board.grid()).toBeVisible();
  await expectNoEditingControls(reviewer, 'the board');
  await expectNoSeriousA11yViolations(reviewer);

  // A colour key sets nothing: no toast, the cell as it was.
  const cell = board.grid().getByRole('button').first();
  const before = (await cell.getAttribute('aria-label'))!;
  await cell.focus();
  await reviewer.keyboard.press(before.endsWith(`: ${t.light.red}`) ? 'g' : 'r');
  await expect(cell).toHaveAttribute('aria-label', before);
  await expect(reviewer.getByText(t.storage.readOnly)).toHaveCount(0);
  await expect(reviewer.getByRole('dialog')).toHaveCount(0);
});

test('inzage on a municipality device: a young person opened from the board is read-only and as exact as shared', async ({
  reviewer,
}) => {
  // Enter on a cell opens the young person's page, read-only, with the data as exact as it is.
  const board = new BoardPageModel(reviewer);
  await board.grid().getByRole('button').first().focus();
  await reviewer.keyboard.press('Enter');
  await expect(reviewer).toHaveURL(/#\/jongere\//);
  await settled(reviewer);
  await expectNoEditingControls(reviewer, 'a young person');
  const facts = reviewer.locator('.youth-facts');
  await expect(facts.getByText(t.youth.notShared)).toHaveCount(3);
  await expect(facts).toContainText(new RegExp(`${escape(t.eighteenthBirthday.inMonth)}`));
  await expect(facts).not.toContainText(t.eighteenthBirthday.past);
  await expect(facts).not.toContainText(t.eighteenthBirthday.future);
  await expect(
    facts.locator('dt', { hasText: t.youth.fields.birthDate }).locator('+ dd'),
  ).toHaveText(/^\S+ \d{4}$/);

  // A view that only writes says so, instead of a form.
  await reviewer.goto('/#/jongere/nieuw');
  await expect(reviewer.getByRole('heading', { level: 1, name: t.readOnly.title })).toBeVisible();
  await expectNoEditingControls(reviewer, 'Jongere toevoegen');
});

test('inzage on a municipality device: no control that writes on any view the menu leads to, or any kind of view linked from those', async ({
  reviewer,
}) => {
  const nav = reviewer.getByRole('navigation', { name: t.nav.label });
  const labels = await nav.getByRole('link').allTextContents();
  expect(labels.length).toBeGreaterThan(5);
  const seenKinds = new Set<string>();
  for (let index = 0; index < labels.length; index += 1) {
    await nav.getByRole('link').nth(index).click();
    await settled(reviewer);
    // Gemeenten draws its report links once the figures are read: wait for them, not a moment.
    if (labels[index] === t.nav.municipalities)
      await expect(reviewer.locator('main a[href^="#/rapport/"]').first()).toBeAttached();
    const here = reviewer.url();
    await expectNoEditingControls(reviewer, labels[index]!);
    const links = await reviewer
      .locator('main a[href^="#/"]')
      .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
    for (const href of links) {
      const kind = href.split('/')[1] ?? '';
      if (seenKinds.has(kind)) continue;
      seenKinds.add(kind);
      await reviewer.goto(`/${href}`);
      await settled(reviewer);
      await expectNoEditingControls(reviewer, href);
      await reviewer.goto(here);
      await settled(reviewer);
    }
  }
  expect([...seenKinds]).toEqual(expect.arrayContaining(['jongere', 'rapport', 'regio']));
});
