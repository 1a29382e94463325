import { test as base, expect, type Page } from '@playwright/test';

/** The name and provider a test coordinator gives on first use. */
export const TEST_PERSON = 'Sam Jansen';
export const TEST_PROVIDER = 'Stichting De Linde';

export function welcomeDialog(page: Page) {
  return page.getByRole('dialog', { name: 'Welkom bij het Uitstroombord' });
}

/** Answers the first-use question as a provider's coordinator, by keyboard. */
export async function answerWelcome(page: Page, name = TEST_PERSON, provider = TEST_PROVIDER) {
  const dialog = welcomeDialog(page);
  await dialog.getByRole('radio', { name: /^Ik werk bij de zorgaanbieder/ }).check();
  await dialog.getByLabel('Je naam').fill(name);
  await dialog.getByLabel('Naam van de zorgaanbieder').fill(provider);
  await dialog.getByLabel('Naam van de zorgaanbieder').press('Enter');
  await expect(dialog).toBeHidden();
}

/**
 * Every new browser asks who works there. Specs about something else answer
 * it whenever it shows (Playwright runs the handler before the next action or
 * assertion), so they read as the coordinator's task they test.
 */
export async function autoAnswerWelcome(page: Page, name = TEST_PERSON) {
  await page.addLocatorHandler(welcomeDialog(page), async () => {
    // Playwright drops an error thrown in a handler and then waits, until the
    // test times out, for a dialog that is still there. Say what the dialog
    // showed, and answer once more, so a slow start cannot stall a test.
    try {
      await answerWelcome(page, name);
    } catch (error) {
      const shown = await welcomeDialog(page)
        .innerText({ timeout: 1_000 })
        .catch(() => '(weg)');
      console.warn(`Welkomstvraag niet in één keer beantwoord: ${String(error)}\n${shown}`);
      if (await welcomeDialog(page).isVisible()) await answerWelcome(page, name);
    }
  });
}

export const test = base.extend({
  page: async ({ page }, use) => {
    await autoAnswerWelcome(page);
    await use(page);
  },
});

export { expect };
