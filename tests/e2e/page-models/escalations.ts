import { expect, type Locator, type Page } from '@playwright/test';
import { BoardPageModel } from './board-page';

/** The escalation loop as a coordinator works it: from Aandacht to the youth page and back. */
export class EscalationsModel {
  constructor(readonly page: Page) {}

  /** Opens the board of a `demoPage`, whose browser has stored the demo board already. */
  async openStoredDemo() {
    await new BoardPageModel(this.page).openStoredDemo();
  }

  async goAttention() {
    await this.page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: /^Aandacht/ })
      .click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Aandacht' })).toBeVisible();
    await expect(this.page.getByText(/^\d+ signa(al|len) bij \d+ jongeren?$/)).toBeVisible();
  }

  /** The first escalation candidate's "Escalatie vastleggen" link, with the initials and condition it names. */
  async firstCandidate(): Promise<{ link: Locator; initials: string; condition: string }> {
    const link = this.page.getByRole('link', { name: /^Escalatie vastleggen voor / }).first();
    const label = (await link.getAttribute('aria-label')) ?? '';
    const [, initials = '', condition = ''] =
      /^Escalatie vastleggen voor (.*) \((.*)\)$/.exec(label) ?? [];
    return {
      link: this.page.getByRole('link', { name: label, exact: true }).first(),
      initials,
      condition,
    };
  }

  /** Keyboard only: focus and press Enter. */
  async press(target: Locator) {
    await target.focus();
    await this.page.keyboard.press('Enter');
  }

  dialog(name: RegExp | string): Locator {
    return this.page.getByRole('dialog', { name });
  }

  section(): Locator {
    return this.page.getByRole('region', { name: 'Escalaties' });
  }

  escalation(question: string): Locator {
    return this.section().getByRole('listitem').filter({ hasText: question }).first();
  }

  toast(): Locator {
    return this.page
      .getByRole('status')
      .filter({ hasText: /vastgelegd|afgesloten/ })
      .first();
  }
}
