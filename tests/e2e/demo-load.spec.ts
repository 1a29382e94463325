import { expectNoSeriousA11yViolations } from './axe';
import { answerWelcome, expect, test, welcomeDialog } from './fixtures';
import { BoardPageModel } from './page-models/board-page';

/**
 * The demo board fills off the page's thread (a worker): the page shows how far
 * it is, answers keys meanwhile, and leaves the keyboard where the person put it.
 */

// Requests reach page.route only without the service worker answering them from its cache.
test.use({ serviceWorkers: 'block' });

test.beforeEach(async ({ page }) => {
  // Answered first: a key pressed while the welcome question opens would go nowhere.
  await page.removeLocatorHandler(welcomeDialog(page));
});

test('"Demobord laden" by keyboard shows progress, then the board, whose heading takes focus', async ({
  page,
}) => {
  // The worker's code arrives late, so the progress is there long enough to be seen.
  await page.route('**/assets/demo-worker-*.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    await route.continue();
  });
  const board = new BoardPageModel(page);
  await board.open();
  await answerWelcome(page);
  const load = page.getByRole('button', { name: 'Demobord laden' });
  await load.focus();
  await page.keyboard.press('Enter');

  await expect(board.demoProgress()).toBeVisible();
  await expect(board.demoStage()).toHaveText('Het demobord wordt gemaakt…');
  // Not disabled: the keyboard stays on the button, and a second press starts nothing.
  await expect(page.getByRole('button', { name: 'Demobord wordt geladen…' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expectNoSeriousA11yViolations(page);

  await expect(board.grid()).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('Demobord geladen: 60 fictieve jongeren.')).toBeVisible();
  await expect(page.getByText(/^60 jongeren$/)).toBeVisible();
  await expect(board.demoProgress()).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: 'Bord' })).toBeFocused();
});

test('?demo=800 fills in the background: keys work meanwhile and focus stays put', async ({
  page,
}) => {
  const board = new BoardPageModel(page);
  await board.open();
  await answerWelcome(page);
  await board.open('?demo=800');

  await expect(board.demoProgress()).toBeVisible({ timeout: 30_000 });
  // While it fills, the page answers the keyboard: Tab moves focus, and the bar still shows.
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
  expect(focused).not.toBe('');
  await expect(board.demoProgress()).toBeVisible();
  const value = Number(await board.demoProgress().getAttribute('value'));
  expect(value).toBeGreaterThanOrEqual(0);
  expect(value).toBeLessThan(100);

  await expect(page.getByText(/^800 jongeren$/)).toBeVisible({ timeout: 120_000 });
  // The board came in without taking the keyboard from where Tab put it.
  expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toBe(focused);
  await expectNoSeriousA11yViolations(page);
});
