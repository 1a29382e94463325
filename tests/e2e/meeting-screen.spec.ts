import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './axe';
import { answerWelcome, expect, test, welcomeDialog } from './fixtures';
import { BoardPageModel } from './page-models/board-page';
import { MeetingsModel } from './page-models/meetings-page';

/**
 * Meeting mode on a meeting-room projector (1366×768) and at 200 % zoom, the
 * board print's "Vertrouwelijk" line, and "Demobord laden" only on an empty board.
 * 200 % zoom is a halved CSS viewport (683×384) drawn at deviceScaleFactor 2.
 */

/** Plans a monthly case review on the stored demo board (a `demoPage`) and starts it, by keyboard. */
async function startMonthlyMeeting(page: Page) {
  const board = new BoardPageModel(page);
  const meetings = new MeetingsModel(page);
  await board.openStoredDemo();
  await meetings.openList();
  await meetings.planMonthly('Mo de Vries');
  const start = page.getByRole('button', { name: 'Overleg starten' });
  // A locator's press: the first-use question is answered before it, never in between.
  await start.press('Enter');
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(meetings.youthHeading()).toBeVisible();
  return meetings;
}

function lights(page: Page) {
  return page.locator('.meeting-lights').getByRole('button');
}

test.describe('1366×768 projector', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('meeting mode shows all 8 lights, the navigation and the key legend without scrolling', async ({
    demoPage: page,
  }, testInfo) => {
    await startMonthlyMeeting(page);
    await expect(lights(page)).toHaveCount(8);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await page.screenshot({ path: testInfo.outputPath('meeting-1366x768.png') });
    for (let i = 0; i < 8; i += 1) await expect(lights(page).nth(i)).toBeInViewport({ ratio: 1 });
    for (const name of [/Vorige$/, /^Besproken, ongewijzigd$/, /^Volgende/]) {
      await expect(page.getByRole('button', { name })).toBeInViewport({ ratio: 1 });
    }
    await expect(page.locator('.meeting-keys summary')).toBeInViewport({ ratio: 1 });
    await expect(page.locator('.meeting-keys dl')).toBeInViewport({ ratio: 1 });
    // The column beside the lights scrolls on its own here, and the keyboard can reach it.
    const side = page.getByRole('region', { name: 'Signalen, acties en notities' });
    await expect(side).toHaveAttribute('tabindex', '0');
    await expectNoSeriousA11yViolations(page);
  });
});

test.describe('200 % zoom', () => {
  test.use({ viewport: { width: 683, height: 384 }, deviceScaleFactor: 2 });

  test('key 8 selects light 8 and scrolls it into view', async ({ demoPage: page }) => {
    await startMonthlyMeeting(page);
    await expect(lights(page).nth(7)).not.toBeInViewport({ ratio: 1 });
    await page.keyboard.press('8');
    await expect(lights(page).nth(7)).toHaveAttribute('aria-pressed', 'true');
    await expect(lights(page).nth(7)).toBeInViewport({ ratio: 1 });
    // And back up: key 1 brings the first light into view again.
    await page.keyboard.press('1');
    await expect(lights(page).nth(0)).toHaveAttribute('aria-pressed', 'true');
    await expect(lights(page).nth(0)).toBeInViewport({ ratio: 1 });
  });
});

/** Prints the current view to PDF as Chromium does, and returns the text of each page. */
async function printedPages(page: Page, path: string): Promise<string[]> {
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path, preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' })
    .split('\f')
    .filter((text) => text.trim() !== '');
}

test('the board print says "Vertrouwelijk" on every page, the regional overview its own line', async ({
  demoPage: page,
}, testInfo) => {
  const board = new BoardPageModel(page);
  await board.openStoredDemo();
  await expect(page.getByRole('button', { name: 'Afdrukken / PDF' })).toBeVisible();
  const pages = await printedPages(page, testInfo.outputPath('bord.pdf'));
  expect(pages.length).toBeGreaterThan(1);
  for (const [i, text] of pages.entries()) {
    expect(text, `page ${i + 1}`).toMatch(/^\s*Vertrouwelijk\b/);
  }

  await page.goto('/#/regio');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('table').first()).toBeVisible();
  const regional = await printedPages(page, testInfo.outputPath('regio.pdf'));
  for (const [i, text] of regional.entries()) {
    expect(text, `regional page ${i + 1}`).toContain(
      'Vertrouwelijk – alleen voor het regio-overleg',
    );
  }
});

test('"Demobord laden" shows on an empty board only, and on Gegevens behind a backup', async ({
  page,
}) => {
  const board = new BoardPageModel(page);
  // Answer the first-use question first: a key pressed while it opens would go nowhere.
  await page.removeLocatorHandler(welcomeDialog(page));
  await board.open();
  await answerWelcome(page);
  const demo = page.getByRole('button', { name: 'Demobord laden' });
  await expect(demo).toBeVisible();
  await demo.press('Enter');
  await expect(board.grid()).toBeVisible();
  await expect(page.getByRole('link', { name: 'Jongere toevoegen' })).toBeVisible();
  await expect(demo).toHaveCount(0);

  // Over real data it sits on Gegevens: the dialog says what it replaces and offers a backup first.
  await page.getByRole('link', { name: 'Gegevens', exact: true }).click();
  const section = page.getByRole('region', { name: 'Demobord' });
  await section.getByRole('button', { name: 'Demobord laden' }).press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Demobord laden?' });
  await expect(dialog).toContainText('Het demobord vervangt alle jongeren');
  await expect(dialog).toContainText('Maak eerst een back-up');
  await expect(dialog.getByRole('button', { name: 'Eerst een back-up maken' })).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Annuleren' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(section.getByRole('button', { name: 'Demobord laden' })).toBeFocused();
});
