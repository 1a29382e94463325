import { useObservable } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { buildRows, columnTotals, type BoardRow } from '@/domain/board';
import type { Assessment, Condition, LightState, Youth } from '@/domain/types';
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

export type BucketedRows = {
  /** Every row, bucket after bucket. */
  rows: BoardRow[];
  /** The rows per bucket; a bucket whose lights did not change keeps its array. */
  buckets: readonly (readonly BoardRow[])[];
};

const totalsByBucket = new WeakMap<readonly BoardRow[], Record<LightState, number>[]>();

/** A bucket's column totals, counted once per version of the bucket. */
export function bucketTotals(
  rows: readonly BoardRow[],
  columnCount: number,
): Record<LightState, number>[] {
  let totals = totalsByBucket.get(rows);
  if (totals?.length !== columnCount) {
    totals = columnTotals(rows, columnCount);
    totalsByBucket.set(rows, totals);
  }
  return totals;
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
): BucketedRows | undefined {
  const buckets = useObservable(observeCurrentLightBuckets, []);
  const youthsByBucket = useMemo(
    () => groupByLightBucket(youths ?? [], (youth) => youth.id),
    [youths],
  );
  return useMemo(() => {
    if (!buckets || !youths) return undefined;
    const rowBuckets = buckets.map((lights, bucket) =>
      bucketRows(lights, youthsByBucket[bucket] ?? [], conditions, today),
    );
    return { rows: rowBuckets.flat(), buckets: rowBuckets };
  }, [buckets, youths, youthsByBucket, conditions, today]);
}
