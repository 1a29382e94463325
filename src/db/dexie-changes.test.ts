// @vitest-environment jsdom
// (needs the window: sessionStorage, the back-forward cache event)
import { Dexie, type ObservabilitySet } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CurrentLight } from '@/domain/types';
import { freshDatabase } from '@/testing/test-database';
import type { UitstroombordDatabase } from './database';
import { keyRange, onTableChanged, type TableChange } from './dexie-changes';

/*
 * The contract of Dexie's change notices that `dexie-changes.ts` relies on, checked with
 * real writes through Dexie on fake-indexeddb. When a Dexie upgrade fails here, fix the
 * adapter, not the board.
 */

let database: UitstroombordDatabase;
beforeEach(async () => {
  database = await freshDatabase();
});
afterEach(() => database.close());

const CONDITION = 'c0000000-0000-4000-8000-000000000000';

/** Primary-key ranges of current lights by the first hex digit of the young person's id. */
const RANGES = Object.fromEntries(
  [...'0123456789abcdef'].map((digit, index, all) => [
    digit,
    keyRange([digit], index === all.length - 1 ? Dexie.maxKey : [all[index + 1]]),
  ]),
);

function light(youthId: string): CurrentLight {
  const at = '2026-11-26T09:00:00.000Z';
  return {
    id: crypto.randomUUID(),
    youthId,
    conditionId: CONDITION,
    colour: 'red',
    assessedAt: at,
    createdAt: at,
    updatedAt: at,
    updatedBy: 'test',
  } as unknown as CurrentLight;
}

const youth = (digit: string) => `${digit}1234567-0000-4000-8000-000000000000`;

/** The first hex digits whose range a change touches. */
const touched = (change: TableChange | undefined) =>
  Object.keys(RANGES).filter((digit) => change?.touches(RANGES[digit] as never));

function listen(table = 'currentLights') {
  const changes: TableChange[] = [];
  let wake: (() => void) | undefined;
  const stop = onTableChanged(database, table, (change) => {
    changes.push(change);
    wake?.();
  });
  const next = (count: number) =>
    new Promise<TableChange>((resolve) => {
      const check = () => {
        if (changes.length >= count) resolve(changes[count - 1] as TableChange);
        else wake = check;
      };
      check();
    });
  return { changes, next, stop };
}

describe("Dexie's change notices, as the adapter reads them", () => {
  it('tells a commit with exactly the keys it wrote, by the time the write resolves', async () => {
    const seen = listen();
    await database.currentLights.put(light(youth('a')));
    // Told while the commit completes, before the awaiting code goes on.
    expect(seen.changes).toHaveLength(1);
    expect(seen.changes[0]?.everything).toBe(false);
    expect(touched(seen.changes[0])).toEqual(['a']);

    await database.currentLights.bulkPut([light(youth('3')), light(youth('e'))]);
    expect(touched(seen.changes[1])).toEqual(['3', 'e']);

    await database.currentLights.delete([youth('a'), CONDITION]);
    expect(touched(seen.changes[2])).toEqual(['a']);
    expect(seen.changes).toHaveLength(3);
    seen.stop();
  });

  it('tells nothing for another table, a rolled-back write or after stopping', async () => {
    const seen = listen();
    const settings = listen('settings');
    await database.settings.put({ id: 'unrelated', value: 1 } as never);
    expect(settings.changes).toHaveLength(1);
    expect(seen.changes).toHaveLength(0);

    await database
      .transaction('rw', database.currentLights, async () => {
        await database.currentLights.put(light(youth('b')));
        throw new Error('afgebroken');
      })
      .catch(() => undefined);
    expect(seen.changes).toHaveLength(0);

    seen.stop();
    await database.currentLights.put(light(youth('b')));
    expect(seen.changes).toHaveLength(0);
    settings.stop();
  });

  it('covers the whole table for a large bulk write and a cleared table', async () => {
    const seen = listen();
    // From 50 records on, Dexie reports the table's whole key range instead of the keys.
    await database.currentLights.bulkPut(
      Array.from({ length: 60 }, (_, i) => light(`0${i.toString().padStart(3, '0')}-x`)),
    );
    expect(touched(seen.changes[0])).toEqual(Object.keys(RANGES));

    await database.currentLights.clear();
    expect(touched(seen.changes[1])).toEqual(Object.keys(RANGES));
    seen.stop();
  });

  it("reads another tab's notice, which arrives as a structured clone through a BroadcastChannel", async () => {
    // A real notice, as the other tab's Dexie makes it; written before anyone here listens.
    let notice: ObservabilitySet | undefined;
    const capture = (parts: ObservabilitySet) => (notice = parts);
    Dexie.on('storagemutated', capture);
    await database.currentLights.put(light(youth('7')));
    Dexie.on.storagemutated.unsubscribe(capture);

    const seen = listen();
    // The channel Dexie's tabs tell each other on; posting clones the notice into plain objects.
    const otherTab = new BroadcastChannel('x-storagemutated-1');
    otherTab.postMessage(notice);
    const change = await seen.next(1);
    otherTab.close();
    expect(change.everything).toBe(false);
    expect(touched(change)).toEqual(['7']);
    seen.stop();
  });

  it('tells everything when the page comes back from the back-forward cache', async () => {
    vi.spyOn(console, 'debug').mockImplementation(() => undefined); // Dexie says what it does
    const seen = listen();
    const pageshow = new Event('pageshow');
    Object.defineProperty(pageshow, 'persisted', { value: true });
    dispatchEvent(pageshow);
    const change = await seen.next(1);
    expect(change.everything).toBe(true);
    expect(touched(change)).toEqual(Object.keys(RANGES));
    seen.stop();
    vi.restoreAllMocks();
  });
});
