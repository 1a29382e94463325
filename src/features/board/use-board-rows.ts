import { useObservable } from 'dexie-react-hooks';
import { useCallback, useDeferredValue, useMemo, useSyncExternalStore } from 'react';
import { buildRows, columnTotals, type BoardRow } from '@/domain/board';
import type { CellState } from '@/domain/light';
import type { Assessment, Condition, LightState, Youth } from '@/domain/types';
import {
  groupByLightBucket,
  indexBucket,
  lightBucketOf,
  observeCurrentLightBuckets,
} from '@/db/board-queries';

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
  for (const row of rows) bucketOfRow.set(row, lights);
  return rows;
}

// The version of its bucket each row was built from.
const bucketOfRow = new WeakMap<BoardRow, readonly Assessment[]>();

/**
 * A row's cells from `lights`, the newest version of its bucket: the row's own
 * cells when it was built from that version, else built again for this one row.
 */
export function cellsFrom(
  row: BoardRow,
  lights: readonly Assessment[] | undefined,
  conditions: readonly Condition[],
  today: string,
): CellState[] {
  if (!lights || bucketOfRow.get(row) === lights) return row.cells;
  return buildRows([row.youth], conditions, indexBucket(lights), today)[0]?.cells ?? row.cells;
}

function latestBucket(youthId: string): readonly Assessment[] | undefined {
  const source = observeCurrentLightBuckets();
  return source.hasValue() ? source.getValue()[lightBucketOf(youthId)] : undefined;
}

/** A row's cells as IndexedDB has them now, for a key press that must not act on an older light. */
export function latestCells(
  row: BoardRow,
  conditions: readonly Condition[],
  today: string,
): CellState[] {
  return cellsFrom(row, latestBucket(row.youth.id), conditions, today);
}

/**
 * The newest lights of one young person's bucket, subscribed to by the row
 * itself: a light change repaints its row at once, while the board's totals,
 * sorting and signals follow in a deferred render (see `useBoardRows`).
 */
export function useLiveBucket(youthId: string): readonly Assessment[] | undefined {
  const subscribe = useCallback((changed: () => void) => {
    const subscription = observeCurrentLightBuckets().subscribe(changed, changed);
    return () => subscription.unsubscribe();
  }, []);
  return useSyncExternalStore(subscribe, () => latestBucket(youthId));
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
  const live = useObservable(observeCurrentLightBuckets, []);
  // A light change repaints its row first (each row subscribes to its bucket, see
  // `useLiveBucket`); rebuilding the board's rows, totals and order can wait for the
  // next frame. Not deferred while loading: the first lights show at once.
  const deferred = useDeferredValue(live);
  const buckets = deferred ?? live;
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
