import { execFileSync } from 'node:child_process';
import { expect, type Page } from '@playwright/test';

/** The municipal review views: gemeenten, maandrapport, regionaal overzicht. */
export class ReviewPageModel {
  constructor(readonly page: Page) {}

  async openMunicipalities() {
    await this.page.getByRole('link', { name: 'Gemeenten', exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Gemeenten' })).toBeVisible();
    await expect(
      this.page.getByRole('heading', { name: 'Stoplichten per randvoorwaarde' }),
    ).toBeVisible();
  }

  /** Waits until the figures for the municipalities now chosen are on screen: their history is read per choice. */
  async figuresShown() {
    await expect(this.page.getByText('Cijfers worden berekend…')).toHaveCount(0);
    await expect(
      this.page.getByRole('heading', { name: 'Stoplichten per randvoorwaarde' }),
    ).toBeVisible();
  }

  /** Per condition, the accessible summary "5 rood, 10 oranje, 30 groen, 2 niet beoordeeld". */
  async countsByCondition(): Promise<Record<string, string>> {
    const labels = await this.page
      .getByRole('table', { name: 'Stoplichten per randvoorwaarde' })
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('aria-label') ?? ''));
    return Object.fromEntries(
      labels.map((label) => {
        const at = label.lastIndexOf(': ');
        return [label.slice(0, at), label.slice(at + 2)];
      }),
    );
  }

  /** Prints the current view to PDF as Chromium does, and returns its text. */
  async pdfText(path: string): Promise<string> {
    await this.page.emulateMedia({ media: 'print' });
    await this.page.pdf({ path, preferCSSPageSize: true, printBackground: true });
    await this.page.emulateMedia({ media: 'screen' });
    return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  }

  /** The text of a printed PDF in reading order, whitespace folded: for labels that wrap in columns. */
  static readingOrder(path: string): string {
    return execFileSync('pdftotext', ['-raw', path, '-'], { encoding: 'utf8' }).replace(
      /\s+/g,
      ' ',
    );
  }
}
