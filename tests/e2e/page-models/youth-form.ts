import type { Page } from '@playwright/test';

export type YouthInput = {
  initials: string;
  birthDate: string;
  municipality: string;
  location: string;
  placementStart: string;
  plannedEnd?: string;
};

export class YouthFormModel {
  constructor(readonly page: Page) {}

  async openNew() {
    await this.page.goto('/#/jongere/nieuw');
  }

  async fill(input: YouthInput) {
    const page = this.page;
    await page.getByLabel(/Initialen of schuilnaam/).fill(input.initials);
    await page.getByLabel(/Geboortedatum/).fill(input.birthDate);
    await page.getByLabel(/^Gemeente/).fill(input.municipality);
    await page.getByLabel(/^Locatie/).fill(input.location);
    await page.getByLabel(/Geplaatst sinds/).fill(input.placementStart);
    if (input.plannedEnd) await page.getByLabel(/Geplande einddatum/).fill(input.plannedEnd);
  }

  async submit() {
    await this.page.getByRole('button', { name: 'Opslaan' }).click();
  }
}
