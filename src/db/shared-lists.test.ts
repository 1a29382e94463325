import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeYouthFields } from '@/testing/factories';
import { collect } from '@/testing/observe';
import { freshDatabase } from '@/testing/test-database';
import type { UitstroombordDatabase } from './database';
import { observeConditions, observePlacedYouths } from './shared-lists';
import { addYouth } from './youth-repository';

let database: UitstroombordDatabase;
beforeEach(async () => {
  database = await freshDatabase();
});
afterEach(() => database.close());

describe('shared lists', () => {
  it('reads the placed young people once for every reader and follows changes', async () => {
    const first = collect(observePlacedYouths());
    expect(await first.next(1)).toEqual([]);

    // A reader that comes later gets the same array at once, without reading again.
    const shared = observePlacedYouths();
    expect(shared.hasValue()).toBe(true);
    expect(shared.getValue()).toBe(first.emitted[0]);

    const youth = await addYouth(makeYouthFields({ initials: 'S.L.' }));
    expect((await first.next(2)).map((placed) => placed.id)).toEqual([youth.id]);
    first.stop();
    // Nobody listens: the next reader starts afresh.
    expect(observePlacedYouths().hasValue()).toBe(false);
  });

  it('reads every condition in board order', async () => {
    const watcher = collect(observeConditions());
    const conditions = await watcher.next(1);
    watcher.stop();
    expect(conditions.length).toBeGreaterThan(0);
    expect(conditions.map((condition) => condition.order)).toEqual(
      [...conditions.map((condition) => condition.order)].sort((a, b) => a - b),
    );
    expect(conditions).toEqual(await database.conditions.orderBy('order').toArray());
  });
});
