import { expect, type Locator, type Page } from '@playwright/test';
import { BoardPageModel } from './board-page';

/** Aandacht, Acties and the signal thresholds, as a coordinator uses them. */
export class SignalsModel {
  constructor(readonly page: Page) {}

  /** The deterministic demo board (60 placed young people, six months of reviews) of a `demoPage`. */
  async openStoredDemo() {
    await new BoardPageModel(this.page).openStoredDemo();
  }

  nav(name: 'Bord' | 'Aandacht' | 'Acties' | 'Instellingen'): Locator {
    return this.page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: new RegExp(`^${name}`) });
  }

  async goAttention() {
    await this.nav('Aandacht').click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Aandacht' })).toBeVisible();
    await expect(this.page.getByText(/^\d+ signa(al|len) bij \d+ jongeren?$/)).toBeVisible();
  }

  async goActions() {
    await this.nav('Acties').click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Acties' })).toBeVisible();
    await expect(this.page.getByText(/^\d+ open acties?$/)).toBeVisible();
  }

  /** The "Afgerond" button of the first overdue action, with the action and initials it names. */
  async firstOverdueAction(): Promise<{
    done: Locator;
    label: string;
    action: string;
    initials: string;
  }> {
    const row = this.page
      .getByRole('table', { name: 'Open acties' })
      .getByRole('row')
      .filter({ hasText: /te laat/ })
      .first();
    const label =
      (await row.getByRole('button', { name: /^Afgerond: / }).getAttribute('aria-label')) ?? '';
    const [, action = '', initials = ''] = /^Afgerond: (.*) \((.*)\)$/.exec(label) ?? [];
    return { done: this.actionButton(label), label, action, initials };
  }

  /** A button on the Acties page by its full accessible name, e.g. "Afgerond: Bellen (A.B.)". */
  actionButton(label: string): Locator {
    return this.page.getByRole('button', { name: label, exact: true }).first();
  }

  /** Keyboard only: focus a button and press Enter. */
  async pressWithKeyboard(button: Locator) {
    await button.focus();
    await this.page.keyboard.press('Enter');
  }

  /** The "Ongedaan maken" button in the toast. */
  undoButton(): Locator {
    return this.page.getByRole('status').getByRole('button', { name: 'Ongedaan maken' });
  }

  /** Every signal on the Aandacht view. */
  items(): Locator {
    return this.page.locator('.attention-page li.signal-item');
  }

  itemsOfKind(kind: string): Locator {
    return this.items().filter({ has: this.page.getByText(kind, { exact: true }) });
  }

  /** One row per young person on the Aandacht view. */
  rows(): Locator {
    return this.page.locator('.attention-page tr[data-youth]');
  }

  /** The rows of young people with a signal of this kind. */
  rowsWithKind(kind: string): Locator {
    return this.rows().filter({
      has: this.page
        .locator('li.signal-item')
        .filter({ has: this.page.getByText(kind, { exact: true }) }),
    });
  }

  /** The link to the youth page in a row (its first cell). */
  youthLink(row: Locator): Locator {
    return row.getByRole('rowheader').getByRole('link');
  }

  /** The number next to "Aandacht" in the navigation, read from its accessible name. */
  async navCount(): Promise<number> {
    const name = (await this.nav('Aandacht').textContent()) ?? '';
    const match = /\((\d+) signa(?:al|len)\)/.exec(name);
    return match ? Number(match[1]) : 0;
  }
}
