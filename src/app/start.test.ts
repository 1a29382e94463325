import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setDatabase, UitstroombordDatabase } from '@/db/database';
import { t } from '@/i18n/dictionary';
import { observeConditions, observePlacedYouths } from '@/db/shared-lists';
import { beginStart, startDatabase } from './start';

const here = { search: '' };

/** An "old tab": schema version 1 (IndexedDB version 10) that ignores versionchange. */
function openOldTab(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 10);
    request.onsuccess = () => {
      request.result.onversionchange = () => undefined;
      resolve(request.result);
    };
    request.onerror = () => reject(request.error);
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('starting the database', () => {
  it('explains when the browser has no IndexedDB at all (some private modes)', async () => {
    vi.stubGlobal('indexedDB', undefined);
    expect(await startDatabase(here)).toEqual({ kind: 'failed', message: t.storage.unavailable });
  });

  it('explains when IndexedDB refuses to open', async () => {
    const database = new UitstroombordDatabase(`start-${Math.random()}`);
    setDatabase(database);
    vi.spyOn(database, 'open').mockRejectedValue(
      new Dexie.MissingAPIError('IndexedDB API missing'),
    );
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await startDatabase(here)).toEqual({ kind: 'failed', message: t.storage.unavailable });
  });

  it('explains when opening fails inside the browser (OpenFailedError)', async () => {
    const database = new UitstroombordDatabase(`start-${Math.random()}`);
    setDatabase(database);
    const inner = new DOMException('Internal error opening backing store', 'UnknownError');
    vi.spyOn(database, 'open').mockRejectedValue(new Dexie.OpenFailedError(inner));
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await startDatabase(here)).toEqual({ kind: 'failed', message: t.storage.unavailable });
  });

  it('reports a blocked upgrade while an old tab holds the database, then carries on', async () => {
    const name = `blocked-${Math.random()}`;
    const old = await openOldTab(name);
    setDatabase(new UitstroombordDatabase(name));

    const onBlocked = vi.fn();
    const started = startDatabase(here, { onBlocked });
    await vi.waitFor(() => expect(onBlocked).toHaveBeenCalled());

    old.close();
    expect(await started).toEqual({ kind: 'ready' });
  });

  it('starts early: says when it is blocked, and is ready once the old tab lets go', async () => {
    const name = `early-${Math.random()}`;
    const old = await openOldTab(name);
    setDatabase(new UitstroombordDatabase(name));

    const starting = beginStart(here);
    const heard = vi.fn();
    starting.onBlocked(heard);
    await vi.waitFor(() => expect(heard).toHaveBeenCalled());
    expect(starting.blocked()).toBe(true);
    old.close();
    expect(await starting.result).toEqual({ kind: 'ready' });
  });

  it('starts reading the board while the default conditions are still being seeded', async () => {
    const database = new UitstroombordDatabase(`warm-${Math.random()}`);
    setDatabase(database);
    let ready = false;
    let openedBeforeReady = false;
    const started = startDatabase(here, { onOpen: () => (openedBeforeReady = !ready) });
    void started.then(() => (ready = true));
    expect(await started).toEqual({ kind: 'ready' });
    expect(openedBeforeReady).toBe(true);
    expect(await database.conditions.count()).toBeGreaterThan(0);

    // beginStart keeps the board's lists warm for the first view.
    const other = new UitstroombordDatabase(`warm-${Math.random()}`);
    setDatabase(other);
    await beginStart(here).result;
    await vi.waitFor(() => {
      expect(observePlacedYouths().hasValue()).toBe(true);
      expect(observeConditions().hasValue()).toBe(true);
    });
  });
});
