import { test as base, expect, type Browser, type Page } from '@playwright/test';
import { BoardPageModel } from './page-models/board-page';

/** The name and provider a test coordinator gives on first use. */
export const TEST_PERSON = 'Sam Jansen';
export const TEST_PROVIDER = 'Stichting De Linde';

export function welcomeDialog(page: Page) {
  return page.getByRole('dialog', { name: 'Welkom bij het Uitstroombord' });
}

/** Answers the first-use question as a provider's coordinator, by keyboard. */
export async function answerWelcome(page: Page, name = TEST_PERSON, provider = TEST_PROVIDER) {
  const dialog = welcomeDialog(page);
  await dialog.getByRole('radio', { name: /^Ik werk bij de zorgaanbieder/ }).check();
  await dialog.getByLabel('Je naam').fill(name);
  await dialog.getByLabel('Naam van de zorgaanbieder').fill(provider);
  await dialog.getByLabel('Naam van de zorgaanbieder').press('Enter');
  await expect(dialog).toBeHidden();
}

/**
 * Every new browser asks who works there. Specs about something else answer
 * it whenever it shows (Playwright runs the handler before the next action or
 * assertion), so they read as the coordinator's task they test.
 */
export async function autoAnswerWelcome(page: Page, name = TEST_PERSON) {
  await page.addLocatorHandler(welcomeDialog(page), async () => {
    // Playwright drops an error thrown in a handler and then waits, until the
    // test times out, for a dialog that is still there. Say what the dialog
    // showed, and answer once more, so a slow start cannot stall a test.
    try {
      await answerWelcome(page, name);
    } catch (error) {
      const shown = await welcomeDialog(page)
        .innerText({ timeout: 1_000 })
        .catch(() => '(weg)');
      console.warn(`Welkomstvraag niet in één keer beantwoord: ${String(error)}\n${shown}`);
      if (await welcomeDialog(page).isVisible()) await answerWelcome(page, name);
    }
  });
}

/**
 * Loading the demo board through the app costs a test some seconds of CPU (generating it,
 * writing it, answering the first-use question). A worker loads it once, the way a
 * coordinator does, and copies what the browser then stored into the pages of the tests
 * that start from it. Playwright's own `storageState({ indexedDB: true })` does the same but
 * took more CPU than loading the demo (it serialises every record as an object and opens a
 * page of its own); JSON text and one transaction took about half.
 * Kept per day: the demo is dated today, and a run may pass midnight.
 */
function demoSnapshots(browser: Browser, options: ContextOptions) {
  const snapshots = new Map<string, Promise<string>>();
  return (): Promise<string> => {
    const day = new Date().toLocaleDateString('sv-SE', { timeZone: options.timezoneId });
    let snapshot = snapshots.get(day);
    if (!snapshot) {
      snapshot = storedDemoBoard(browser, options);
      snapshots.set(day, snapshot);
    }
    return snapshot;
  };
}

type ContextOptions = NonNullable<Parameters<Browser['newContext']>[0]>;

async function storedDemoBoard(browser: Browser, options: ContextOptions): Promise<string> {
  const context = await browser.newContext(options);
  try {
    const page = await context.newPage();
    await autoAnswerWelcome(page);
    await new BoardPageModel(page).loadDemo();
    return await page.evaluate(readOriginStorage);
  } finally {
    await context.close();
  }
}

/** In the page: every IndexedDB database of the origin, and its localStorage, as JSON. */
async function readOriginStorage(): Promise<string> {
  const result = <T>(request: IDBRequest<T>) =>
    new Promise<T>((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  const databases = [];
  for (const { name } of await indexedDB.databases()) {
    if (!name) continue;
    const db = await result(indexedDB.open(name));
    const names = [...db.objectStoreNames];
    const transaction = db.transaction(names, 'readonly');
    const stores = [];
    for (const storeName of names) {
      const store = transaction.objectStore(storeName);
      stores.push({
        name: storeName,
        keyPath: store.keyPath,
        autoIncrement: store.autoIncrement,
        indexes: [...store.indexNames].map((indexName) => {
          const index = store.index(indexName);
          return {
            name: indexName,
            keyPath: index.keyPath,
            unique: index.unique,
            multiEntry: index.multiEntry,
          };
        }),
        keys: await result(store.getAllKeys()),
        values: await result(store.getAll()),
      });
    }
    databases.push({ name, version: db.version, stores });
    db.close();
  }
  return JSON.stringify({ databases, localStorage: Object.entries(localStorage) });
}

/** In the page, on an origin that has stored nothing yet: writes back what readOriginStorage read. */
async function writeOriginStorage(text: string): Promise<void> {
  type Stored = {
    databases: {
      name: string;
      version: number;
      stores: {
        name: string;
        keyPath: string | string[] | null;
        autoIncrement: boolean;
        indexes: {
          name: string;
          keyPath: string | string[];
          unique: boolean;
          multiEntry: boolean;
        }[];
        keys: IDBValidKey[];
        values: unknown[];
      }[];
    }[];
    localStorage: [string, string][];
  };
  const stored = JSON.parse(text) as Stored;
  for (const { name, version, stores } of stored.databases) {
    const request = indexedDB.open(name, version);
    request.onupgradeneeded = () => {
      for (const store of stores) {
        const created = request.result.createObjectStore(store.name, {
          keyPath: store.keyPath,
          autoIncrement: store.autoIncrement,
        });
        for (const index of store.indexes)
          created.createIndex(index.name, index.keyPath, {
            unique: index.unique,
            multiEntry: index.multiEntry,
          });
      }
    };
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const transaction = db.transaction(
      stores.map((store) => store.name),
      'readwrite',
    );
    for (const store of stores) {
      const objectStore = transaction.objectStore(store.name);
      store.values.forEach((value, at) =>
        store.keyPath === null ? objectStore.add(value, store.keys[at]) : objectStore.add(value),
      );
    }
    await new Promise((resolve, reject) => {
      transaction.oncomplete = resolve;
      transaction.onerror = () => reject(transaction.error);
      transaction.onabort = () => reject(transaction.error);
    });
    db.close();
  }
  for (const [key, value] of stored.localStorage) localStorage.setItem(key, value);
}

export const test = base.extend<{ demoPage: Page }, { demoSnapshot: () => Promise<string> }>({
  page: async ({ page }, use) => {
    await autoAnswerWelcome(page);
    await use(page);
  },
  demoSnapshot: [
    async ({ browser }, use, workerInfo) => {
      const { baseURL, locale, timezoneId, viewport } = workerInfo.project.use;
      const snapshots = demoSnapshots(browser, { baseURL, locale, timezoneId, viewport });
      // Made before the first test that needs it, so that test's own time is its own.
      await snapshots();
      await use(snapshots);
    },
    // Its own budget, outside any test's: one load of the demo on a busy machine.
    { scope: 'worker', timeout: 120_000 },
  ],
  /**
   * A coordinator's page whose browser has stored the demo board, the first-use question
   * answered: for tests that start from the demo rather than test loading it. It is on a blank
   * page of the app's origin; `BoardPageModel.openStoredDemo` opens the board. Its cache and
   * service worker start empty, as in any new browser.
   */
  demoPage: async ({ page, demoSnapshot }, use) => {
    const snapshot = await demoSnapshot();
    // A blank page of the app's origin, so nothing of the app runs while its storage is written.
    const blank = '**/e2e-blank-page';
    await page.route(blank, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>-</title>' }),
    );
    await page.goto('/e2e-blank-page');
    await page.evaluate(writeOriginStorage, snapshot);
    await page.unroute(blank);
    await use(page);
  },
});

export { expect };
