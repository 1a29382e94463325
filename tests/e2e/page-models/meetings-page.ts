import { expect, type Locator, type Page } from '@playwright/test';

/** The meetings pages: list, plan (agenda), meeting mode on the projector, minutes. */
export class MeetingsModel {
  constructor(readonly page: Page) {}

  async openList() {
    await this.page.getByRole('link', { name: 'Overleggen', exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Overleggen' })).toBeVisible();
  }

  async planMonthly(chair: string) {
    await this.page.getByRole('button', { name: 'Nieuw overleg' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Nieuw overleg plannen' });
    await expect(dialog.getByLabel('Soort overleg')).toHaveValue('caseReview');
    await dialog.getByLabel('Voorzitter').fill(chair);
    await dialog.getByRole('button', { name: 'Plannen en agenda voorstellen' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: /^Casusoverleg/ })).toBeVisible();
  }

  agendaItems(): Locator {
    return this.page.getByRole('list', { name: /^Agenda/ }).getByRole('listitem');
  }

  /** The initials of the agenda item at a 1-based position. */
  async agendaName(position: number): Promise<string> {
    return (
      await this.agendaItems()
        .nth(position - 1)
        .locator('.agenda-name')
        .innerText()
    ).trim();
  }

  /** A control of the agenda item at a 1-based position (initials need not be unique). */
  itemButton(position: number, name: RegExp): Locator {
    return this.agendaItems()
      .nth(position - 1)
      .getByRole('button', { name });
  }

  youthHeading(): Locator {
    return this.page.locator('#meeting-youth-name');
  }

  light(condition: string): Locator {
    return this.page.getByRole('button', { name: new RegExp(`^${condition}: `) });
  }

  progress(): Locator {
    return this.page.locator('.meeting-progress');
  }

  async expectNoHorizontalScroll() {
    const overflow = await this.page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(overflow.scroll).toBeLessThanOrEqual(overflow.client);
  }
}
