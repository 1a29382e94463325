import { createHash } from 'node:crypto';
import { expect, type Page } from '@playwright/test';

/** The app's checksum: SHA-256 over JSON with object keys sorted at every level. */
export function checksumOf(data: unknown): string {
  const canonical = JSON.stringify(data, (_key, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(
          Object.keys(item)
            .sort()
            .map((key) => [key, (item as Record<string, unknown>)[key]]),
        )
      : item,
  );
  return createHash('sha256').update(canonical).digest('hex');
}

/**
 * Reads the app's own database straight from IndexedDB, past the app: per table (all of them,
 * or `tables`) every record (`getAll`) or only how many there are (`count`), in one transaction.
 */
function readStores(
  page: Page,
  method: 'getAll' | 'count',
  tables?: string[],
): Promise<Record<string, unknown>> {
  return page.evaluate(
    ([how, only]) =>
      new Promise<Record<string, unknown>>((resolve, reject) => {
        const open = indexedDB.open('uitstroombord');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const database = open.result;
          const names = only ?? [...database.objectStoreNames];
          const transaction = database.transaction(names, 'readonly');
          const result: Record<string, unknown> = {};
          for (const name of names) {
            const request = transaction.objectStore(name)[how]();
            request.onsuccess = () => (result[name] = request.result);
          }
          transaction.onerror = () => reject(transaction.error);
          transaction.oncomplete = () => {
            database.close();
            resolve(result);
          };
        };
      }),
    [method, tables] as const,
  );
}

/** Record counts per table, read straight from IndexedDB (the app's own database). */
export function storedCounts(page: Page): Promise<Record<string, number>> {
  return readStores(page, 'count') as Promise<Record<string, number>>;
}

/** Every record of every table of the app's own database, read straight from IndexedDB. */
export function storedContents(page: Page): Promise<Record<string, Record<string, unknown>[]>> {
  return readStores(page, 'getAll') as Promise<Record<string, Record<string, unknown>[]>>;
}

/** Every record of one table, read straight from IndexedDB (the app's own database). */
export async function storedRecords(page: Page, table: string): Promise<Record<string, unknown>[]> {
  return (await readStores(page, 'getAll', [table]))[table] as Record<string, unknown>[];
}

/**
 * Changes stored records directly in IndexedDB, past every check of the app,
 * as a future bug might: `changes[table]` is applied to the first record of the
 * table that `pick` (a field name → value) matches, or the first record.
 */
export async function corruptStoredRecords(
  page: Page,
  changes: { table: string; where?: Record<string, unknown>; set: Record<string, unknown> }[],
): Promise<string[]> {
  return page.evaluate(
    (all) =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('uitstroombord');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const database = open.result;
          const tables = [...new Set(all.map((change) => change.table))];
          const transaction = database.transaction(tables, 'readwrite');
          const ids: string[] = [];
          for (const change of all) {
            const store = transaction.objectStore(change.table);
            const request = store.openCursor();
            request.onsuccess = () => {
              const cursor = request.result;
              if (!cursor) return;
              const record = cursor.value as Record<string, unknown>;
              const matches = Object.entries(change.where ?? {}).every(
                ([key, value]) => record[key] === value,
              );
              if (!matches) return cursor.continue();
              ids.push(String(record.id));
              cursor.update({ ...record, ...change.set });
            };
          }
          transaction.oncomplete = () => {
            database.close();
            resolve(ids);
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
    changes,
  );
}

/** A view rendered something: a heading in the main region, the menu still there, no route fallback. */
export async function expectViewRenders(page: Page, path: string) {
  await page.goto(`/#${path}`);
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeVisible();
  await expect(page.locator('main h1').first()).toBeVisible();
  await expect(page.getByText('Deze pagina kan niet worden getoond')).toHaveCount(0);
}
