import { expect, type Locator, type Page } from '@playwright/test';

/** The board as a coordinator sees it: cells are buttons named "A.B. – Wonen: rood". */
export class BoardPageModel {
  constructor(readonly page: Page) {}

  async open(query = '') {
    await this.page.goto(`/${query}#/`);
  }

  async loadDemo() {
    await this.open();
    await this.page.getByRole('button', { name: 'Demobord laden' }).click();
    // Generating the demo board takes seconds on a busy 2-core machine; speed is the bench's job.
    await expect(this.page.getByRole('grid')).toBeVisible({ timeout: 30_000 });
  }

  /** The demo board filling: its bar, and the polite line that says which stage it is at. */
  demoProgress() {
    return this.page.getByRole('progressbar', { name: 'Voortgang van het demobord' });
  }

  demoStage() {
    return this.page
      .getByRole('status')
      .filter({ hasText: /^Het demobord wordt (gemaakt|opgeslagen)…$/ });
  }

  /** Opens the board of a `demoPage`, whose browser has stored the demo board already. */
  async openStoredDemo() {
    await this.open();
    // As long as loadDemo waits: the first start of the app in a new browser.
    await expect(this.page.getByRole('grid')).toBeVisible({ timeout: 30_000 });
  }

  /** The filters fold into one line; unfolds them (the choice is remembered per browser). */
  async openFilters() {
    const toggle = this.page.getByRole('button', { name: /^Filters( \(\d+ aan\))?$/ });
    if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  }

  grid(): Locator {
    return this.page.getByRole('grid', { name: 'Stoplichten per jongere en randvoorwaarde' });
  }

  cell(initials: string, condition: string): Locator {
    return this.page.getByRole('button', {
      name: new RegExp(`^${escape(initials)} – ${escape(condition)}: `),
    });
  }

  /** The first row's light for `condition`, and that young person's initials. */
  async firstLight(condition: string): Promise<{ cell: Locator; initials: string }> {
    const cell = this.grid()
      .getByRole('button', { name: new RegExp(` – ${escape(condition)}: `) })
      .first();
    const initials = ((await cell.getAttribute('aria-label')) ?? '').split(' – ')[0]!;
    return { cell, initials };
  }

  async expectLight(initials: string, condition: string, colour: string) {
    await expect(this.cell(initials, condition)).toHaveAccessibleName(
      `${initials} – ${condition}: ${colour}`,
    );
  }
}

function escape(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
