import type { Page } from '@playwright/test';
import { autoAnswerWelcome, expect, test } from './fixtures';
import { BoardPageModel } from './page-models/board-page';
import {
  trackCspViolations,
  trackForeignRequests,
  waitForServiceWorker,
} from './page-models/data-safety';

const origin = () => new URL(test.info().project.use.baseURL ?? 'http://127.0.0.1:4173').origin;

/** The first cell's name and a different colour to set with one key. */
async function pickCell(page: Page) {
  const cell = page.getByRole('grid').getByRole('button').first();
  const name = (await cell.getAttribute('aria-label')) ?? '';
  const [who, rest] = name.split(' – ');
  const condition = (rest ?? '').split(':')[0] ?? '';
  // A key that changes the light: green on a red one, else red (one key sets only the
  // colour, so a new red names the missing reason).
  const change = name.split(': ')[1]?.startsWith('rood')
    ? { key: 'g', colour: 'groen' }
    : { key: 'r', colour: 'rood, reden ontbreekt' };
  return { who: who!, condition, ...change };
}

test('after the first visit the app works offline; a change made offline is still there online', async ({
  context,
  page,
}) => {
  const foreign = trackForeignRequests(context, origin());
  const violations = await trackCspViolations(page);
  const board = new BoardPageModel(page);
  await board.loadDemo();
  await waitForServiceWorker(page);

  await context.setOffline(true);
  await page.reload();
  await expect(board.grid()).toBeVisible();
  const target = await pickCell(page);
  await board.cell(target.who, target.condition).focus();
  await page.keyboard.press(target.key);
  await board.expectLight(target.who, target.condition, target.colour);

  // A view loaded on demand (its own chunk) opens offline too: everything is precached.
  await page.getByRole('link', { name: 'Gegevens' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Gegevens' })).toBeVisible();

  await context.setOffline(false);
  await page.goto('/#/');
  await page.reload();
  await board.expectLight(target.who, target.condition, target.colour);

  expect(await violations()).toEqual([]);
  expect(foreign).toEqual([]);
});

test('two tabs show each other’s changes live', async ({ context, page }) => {
  const foreign = trackForeignRequests(context, origin());
  const first = new BoardPageModel(page);
  const secondPage = await context.newPage();
  await autoAnswerWelcome(secondPage);
  const second = new BoardPageModel(secondPage);
  await first.open();
  await second.open();
  await expect(
    secondPage.getByRole('heading', { name: 'Nog geen jongeren op het bord' }),
  ).toBeVisible();

  await page.getByRole('button', { name: 'Demobord laden' }).click();
  await expect(first.grid()).toBeVisible();
  // The other tab picks the new board up without a reload.
  await expect(second.grid()).toBeVisible();

  const target = await pickCell(page);
  await first.cell(target.who, target.condition).focus();
  await page.keyboard.press(target.key);
  await first.expectLight(target.who, target.condition, target.colour);
  await second.expectLight(target.who, target.condition, target.colour);

  // And back the other way.
  const back = { key: 'o', colour: 'oranje, reden ontbreekt' };
  await second.cell(target.who, target.condition).focus();
  await secondPage.keyboard.press(back.key);
  await first.expectLight(target.who, target.condition, back.colour);
  expect(foreign).toEqual([]);
});

test('the built app has a strict Content-Security-Policy and breaks none of it on any view', async ({
  context,
  page,
}) => {
  const foreign = trackForeignRequests(context, origin());
  const violations = await trackCspViolations(page);
  const board = new BoardPageModel(page);
  await board.loadDemo();

  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).toContain("style-src 'self'");
  expect(policy).toContain("connect-src 'self'");
  expect(policy).not.toContain('unsafe');

  // The light editor (dialog), every view in the menu, and drag handles on the conditions page.
  await board.grid().getByRole('button').first().press('Enter');
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
  const links = await nav.getByRole('link').count();
  for (let index = 0; index < links; index += 1) {
    await nav.getByRole('link').nth(index).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  await page.goto('/#/randvoorwaarden');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  expect(await violations()).toEqual([]);
  expect(foreign).toEqual([]);
});

test('the app is installable: a web manifest with icons, all from this origin', async ({
  page,
  request,
}) => {
  await page.goto('/#/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBeTruthy();
  const manifest = (await (await request.get(href!)).json()) as {
    name: string;
    short_name: string;
    theme_color: string;
    icons: { src: string; purpose?: string }[];
  };
  expect(manifest).toMatchObject({
    name: 'Uitstroombord',
    short_name: 'Uitstroombord',
    theme_color: '#1f3a5f',
  });
  expect(manifest.icons.some((icon) => icon.purpose === 'maskable')).toBe(true);
  for (const icon of manifest.icons) {
    expect((await request.get(`/${icon.src}`)).ok()).toBe(true);
  }
});

test('a tab holding an older database version blocks the upgrade: the app says to close it, then carries on', async ({
  context,
  page,
}) => {
  // The "old tab": IndexedDB version 10 (Dexie schema 1) that ignores requests to close.
  const oldTab = await context.newPage();
  await oldTab.goto('/manifest.webmanifest');
  await oldTab.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('uitstroombord', 10);
        request.onsuccess = () => {
          const old = request.result;
          old.onversionchange = () => undefined;
          (window as unknown as { oldDatabase: IDBDatabase }).oldDatabase = old;
          resolve();
        };
        request.onerror = () => reject(request.error);
      }),
  );

  await page.goto('/#/');
  await expect(page.getByRole('alert')).toContainText('Sluit de andere tabbladen');
  await oldTab.evaluate(() =>
    (window as unknown as { oldDatabase: IDBDatabase }).oldDatabase.close(),
  );
  await expect(page.getByRole('heading', { name: 'Nog geen jongeren op het bord' })).toBeVisible();
  await expect(page.getByText('Sluit de andere tabbladen', { exact: false })).toBeHidden();
});

test('when another tab upgrades the database, this tab says to reload instead of failing silently', async ({
  context,
  page,
}) => {
  const board = new BoardPageModel(page);
  await board.open();
  await expect(page.getByRole('heading', { name: 'Nog geen jongeren op het bord' })).toBeVisible();

  const newerTab = await context.newPage();
  await newerTab.goto('/manifest.webmanifest');
  await newerTab.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('uitstroombord', 1000);
        request.onsuccess = () => {
          request.result.close();
          resolve();
        };
        request.onerror = () => reject(request.error);
      }),
  );

  await expect(
    page.getByRole('alert').filter({ hasText: 'in een ander tabblad bijgewerkt' }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Pagina herladen' })).toBeVisible();
});
