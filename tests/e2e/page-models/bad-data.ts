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

/** Record counts per table, read straight from IndexedDB (the app's own database). */
export async function storedCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, number>>((resolve, reject) => {
        const open = indexedDB.open('uitstroombord');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const database = open.result;
          const names = [...database.objectStoreNames];
          const transaction = database.transaction(names, 'readonly');
          const counts: Record<string, number> = {};
          for (const name of names) {
            const request = transaction.objectStore(name).count();
            request.onsuccess = () => (counts[name] = request.result);
          }
          transaction.oncomplete = () => {
            database.close();
            resolve(counts);
          };
        };
      }),
  );
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
