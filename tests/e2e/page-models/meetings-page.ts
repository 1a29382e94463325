import { execFileSync } from 'node:child_process';
import { expect, type Locator, type Page } from '@playwright/test';
import { BoardPageModel } from './board-page';

/** The meetings pages: list, plan (agenda), meeting mode on the projector, minutes. */
export class MeetingsModel {
  constructor(readonly page: Page) {}

  async openList() {
    await this.page.getByRole('link', { name: 'Overleggen', exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Overleggen' })).toBeVisible();
  }

  async planMonthly(chair: string, scope: { location?: string } = {}) {
    await this.page.getByRole('button', { name: 'Nieuw overleg' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Nieuw overleg plannen' });
    await expect(dialog.getByLabel('Soort overleg')).toHaveValue('caseReview');
    await dialog.getByLabel('Voorzitter').fill(chair);
    const limits = dialog.getByRole('group', { name: 'Agenda voorstellen voor' });
    await expect(limits.getByLabel('Locatie')).toHaveValue('');
    if (scope.location) await limits.getByLabel('Locatie').selectOption(scope.location);
    await dialog.getByRole('button', { name: 'Plannen en agenda voorstellen' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: /^Casusoverleg/ })).toBeVisible();
  }

  /** Setup for a test about running a meeting: the stored demo board (a `demoPage`), a monthly meeting planned on it. */
  async planOnDemoBoard(chair: string): Promise<number> {
    await new BoardPageModel(this.page).openStoredDemo();
    await this.openList();
    await this.planMonthly(chair);
    return this.agendaItems().count();
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

  /** The "Waarom:" line of the agenda item at a 1-based position. */
  agendaReasons(position: number): Locator {
    return this.agendaItems()
      .nth(position - 1)
      .locator('.agenda-reasons');
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

  /** Does the young person on screen have a light nobody assessed yet? */
  async hasUnassessedLight(): Promise<boolean> {
    const unassessed = this.page
      .locator('.meeting-lights')
      .getByRole('button', { name: /: niet beoordeeld$/ });
    return (await unassessed.count()) > 0;
  }

  /**
   * Steps on with → until a young person whose every applicable light was
   * assessed (only they can be "besproken, ongewijzigd"); returns their label.
   */
  async nextFullyAssessed(): Promise<string> {
    const position = this.page.locator('.meeting-position');
    for (;;) {
      await expect(this.page.locator('.meeting-lights')).toBeVisible();
      if (!(await this.hasUnassessedLight())) return (await this.youthHeading().innerText()).trim();
      const at = Number(/\d+/.exec(await position.innerText())?.[0]);
      await this.page.keyboard.press('ArrowRight');
      await expect(position).toHaveText(new RegExp(`^Jongere ${at + 1} van`));
    }
  }

  /** The refusal of "Besproken, ongewijzigd" (a live alert) in meeting mode. */
  refusal(): Locator {
    return this.page.locator('.meeting-refusal');
  }

  /** Prints the current view to PDF as Chromium does, and returns its text. */
  async pdfText(path: string): Promise<string> {
    await this.page.emulateMedia({ media: 'print' });
    await this.page.pdf({ path, preferCSSPageSize: true, printBackground: true });
    await this.page.emulateMedia({ media: 'screen' });
    return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  }

  /**
   * A printed PDF's text in reading order (pdftotext -raw), every run of whitespace one space:
   * a table cell that wraps stays one phrase, where the layout puts its lines between other columns.
   */
  static readingOrder(path: string): string {
    return execFileSync('pdftotext', ['-raw', path, '-'], { encoding: 'utf8' }).replace(
      /\s+/g,
      ' ',
    );
  }

  async expectNoHorizontalScroll() {
    const overflow = await this.page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(overflow.scroll).toBeLessThanOrEqual(overflow.client);
  }
}
