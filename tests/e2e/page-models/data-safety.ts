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
      /^uitstroombord-backup-\d{4}-\d{2}-\d{2}-\d{4}\.json$/,
    );
    return path;
  }

  async chooseBackup(file: string | { name: string; mimeType: string; buffer: Buffer }) {
    await this.page.getByLabel('Back-upbestand').setInputFiles(file);
  }
}
