import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConditionId, YouthId } from '@/domain/ids';
import type { Assessment } from '@/domain/types';
import { makeAssessment } from '@/testing/factories';
import { freshDatabase } from '@/testing/test-database';
import { replaceAllDirectly } from './bulk-write';
import type { UitstroombordDatabase } from './database';

let database: UitstroombordDatabase;
beforeEach(async () => {
  database = await freshDatabase();
});
afterEach(() => database.close());

const history = (count: number) =>
  Array.from({ length: count }, () =>
    makeAssessment({ youthId: 'y1' as YouthId, conditionId: 'c1' as ConditionId }),
  );

describe('replaceAllDirectly', () => {
  it('writes every record in batches, two in flight, and reports each batch', async () => {
    await database.assessments.bulkAdd(history(2));
    const records = history(10);
    const reported: number[] = [];
    await database.transaction('rw', database.assessments, () =>
      replaceAllDirectly(database.assessments, records, (written) => reported.push(written), 3),
    );
    expect(reported).toEqual([3, 6, 9, 10]);
    const stored = await database.assessments.toArray();
    expect(stored.map((record) => record.id).sort()).toEqual(records.map((r) => r.id).sort());
  });

  it('a record in a later batch that cannot be stored rolls every batch back', async () => {
    const kept = history(2);
    await database.assessments.bulkAdd(kept);
    const records: Assessment[] = history(10);
    // Functions cannot be stored in IndexedDB (DataCloneError).
    records[8] = { ...records[8]!, broken: () => 1 } as Assessment;
    const error = await database
      .transaction('rw', database.assessments, () =>
        replaceAllDirectly(database.assessments, records, undefined, 3),
      )
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Error);
    const stored = await database.assessments.toArray();
    expect(stored.map((record) => record.id).sort()).toEqual(kept.map((r) => r.id).sort());
  });

  it('a duplicate key in a later batch rolls every batch back', async () => {
    const kept = history(2);
    await database.assessments.bulkAdd(kept);
    const records = history(10);
    records[9] = { ...records[9]!, id: records[1]!.id };
    const error = await database
      .transaction('rw', database.assessments, () =>
        replaceAllDirectly(database.assessments, records, undefined, 3),
      )
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Error);
    expect(await database.assessments.count()).toBe(2);
  });

  it('clears the table for an empty list', async () => {
    await database.assessments.bulkAdd(history(2));
    await database.transaction('rw', database.assessments, () =>
      replaceAllDirectly(database.assessments, []),
    );
    expect(await database.assessments.count()).toBe(0);
  });
});
