import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { expect, type BrowserContext, type Page } from '@playwright/test';

/** Requests that leave the origin; the app must make none. */
export function trackForeignRequests(context: BrowserContext, origin: string): string[] {
  const foreign: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) foreign.push(url);
  });
  return foreign;
}

/** Content-Security-Policy violations, from the console and from the DOM event. */
export async function trackCspViolations(page: Page): Promise<() => Promise<string[]>> {
  const fromConsole: string[] = [];
  page.on('console', (message) => {
    if (message.text().includes('Refused to')) fromConsole.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return async () => {
    const fromEvents = await page
      .evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])
      .catch(() => []);
    return [...fromConsole, ...fromEvents];
  };
}

/** Waits until the service worker controls the page (it claims clients on first install). */
export async function waitForServiceWorker(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, {
    timeout: 20_000,
  });
}

/** A downloaded backup's JSON: the app writes it gzip-compressed (`.json.gz`). */
export function readBackupJson<T = Record<string, unknown>>(path: string): T {
  return JSON.parse(gunzipSync(readFileSync(path)).toString('utf8')) as T;
}

export class DataPageModel {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.goto('/#/gegevens');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Gegevens' })).toBeVisible();
  }

  async downloadBackup(): Promise<string> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Back-up downloaden' }).click();
    const file = await download;
    const path = await file.path();
    expect(file.suggestedFilename()).toMatch(
      /^uitstroombord-backup-\d{4}-\d{2}-\d{2}-\d{4}\.json\.gz$/,
    );
    return path;
  }

  async chooseBackup(file: string | { name: string; mimeType: string; buffer: Buffer }) {
    await this.page.getByLabel('Back-upbestand').setInputFiles(file);
  }

  /**
   * Replaces everything with the chosen file's contents, by keyboard: from the
   * file field Tab to the mode (a radio group: Tab lands on the chosen mode),
   * arrow to "Vervangen" unless it is chosen already, Tab to the button and
   * Enter; waits for the confirmation.
   */
  async replaceByKeyboard() {
    const plan = this.page.getByRole('table', { name: 'Aantal gegevens per soort' });
    await expect(plan).toBeVisible();
    const merge = this.page.getByRole('radio', { name: /^Samenvoegen/ });
    const replace = this.page.getByRole('radio', { name: /^Vervangen/ });
    await this.page.getByLabel('Back-upbestand').focus();
    await this.page.keyboard.press('Tab');
    if (await replace.isChecked()) {
      await expect(replace).toBeFocused();
    } else {
      await expect(merge).toBeFocused();
      await this.page.keyboard.press('ArrowDown');
    }
    await expect(replace).toBeChecked();
    await this.page.keyboard.press('Tab');
    await expect(this.page.getByRole('button', { name: 'Alles vervangen' })).toBeFocused();
    await this.page.keyboard.press('Enter');
    // The plan goes once the restore is written (an earlier restore's message may still show).
    await expect(plan).toBeHidden({ timeout: 30_000 });
    await expect(this.page.getByText('De back-up is teruggezet.').first()).toBeVisible();
  }
}
