import { useObservable } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { buildRows, type BoardRow } from '@/domain/board';
import type { Assessment, Condition, Youth } from '@/domain/types';
import { groupByLightBucket, indexBucket, observeCurrentLightBuckets } from '@/db/board-queries';

type BucketRows = {
  youths: readonly Youth[];
  conditions: readonly Condition[];
  today: string;
  rows: BoardRow[];
};

// Keyed by a bucket's array, which stays the same object while its lights do not change.
const rowsByBucket = new WeakMap<readonly Assessment[], BucketRows>();

function bucketRows(
  lights: readonly Assessment[],
  youths: readonly Youth[],
  conditions: readonly Condition[],
  today: string,
): BoardRow[] {
  const cached = rowsByBucket.get(lights);
  if (cached?.youths === youths && cached.conditions === conditions && cached.today === today) {
    return cached.rows;
  }
  const rows = buildRows(youths, conditions, indexBucket(lights), today);
  rowsByBucket.set(lights, { youths, conditions, today, rows });
  return rows;
}

/**
 * One row per young person with the state of each cell; undefined until every
 * bucket of lights has loaded. Setting a light re-reads and rebuilds only the
 * rows in its bucket (see `observeCurrentLightBuckets`); the other rows keep
 * their objects, so the memoised row views skip them too.
 */
export function useBoardRows(
  youths: readonly Youth[] | undefined,
  conditions: readonly Condition[],
  today: string,
): BoardRow[] | undefined {
  const buckets = useObservable(observeCurrentLightBuckets, []);
  const youthsByBucket = useMemo(
    () => groupByLightBucket(youths ?? [], (youth) => youth.id),
    [youths],
  );
  return useMemo(
    () =>
      buckets && youths
        ? buckets.flatMap((lights, bucket) =>
            bucketRows(lights, youthsByBucket[bucket] ?? [], conditions, today),
          )
        : undefined,
    [buckets, youths, youthsByBucket, conditions, today],
  );
}
