import { useObservable } from 'dexie-react-hooks';
import { useMemo } from 'react';
import {
  buildRows,
  indexCurrentLights,
  type BoardRow,
  type CurrentLightIndex,
} from '@/domain/board';
import type { Assessment, Condition, Youth } from '@/domain/types';
import {
  LIGHT_BUCKET_COUNT,
  lightBucketOf,
  lightBucketOfCell,
  observeCurrentLightBuckets,
  type LightBuckets,
} from '@/db/board-queries';

type BucketRows = {
  youths: readonly Youth[];
  conditions: readonly Condition[];
  today: string;
  rows: BoardRow[];
};

// Keyed by a bucket's array, which stays the same object while its lights do not change.
const indexByBucket = new WeakMap<readonly Assessment[], CurrentLightIndex>();
const rowsByBucket = new WeakMap<readonly Assessment[], BucketRows>();

function indexOf(lights: readonly Assessment[]): CurrentLightIndex {
  let index = indexByBucket.get(lights);
  if (!index) {
    index = indexCurrentLights(lights);
    indexByBucket.set(lights, index);
  }
  return index;
}

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
  const rows = buildRows(youths, conditions, indexOf(lights), today);
  rowsByBucket.set(lights, { youths, conditions, today, rows });
  return rows;
}

/** All current lights as one map, made of the buckets' maps so a change rebuilds one of them. */
class BucketedLightIndex implements CurrentLightIndex {
  private readonly indexes: readonly CurrentLightIndex[];

  constructor(buckets: LightBuckets) {
    this.indexes = buckets.map(indexOf);
  }

  get(key: string): Assessment | undefined {
    return this.indexes[lightBucketOfCell(key)]?.get(key);
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  get size(): number {
    return this.indexes.reduce((sum, index) => sum + index.size, 0);
  }

  forEach(
    callback: (value: Assessment, key: string, map: ReadonlyMap<string, Assessment>) => void,
  ): void {
    for (const [key, value] of this.entries()) callback(value, key, this);
  }

  *entries(): MapIterator<[string, Assessment]> {
    for (const index of this.indexes) yield* index.entries();
  }

  *keys(): MapIterator<string> {
    for (const index of this.indexes) yield* index.keys();
  }

  *values(): MapIterator<Assessment> {
    for (const index of this.indexes) yield* index.values();
  }

  [Symbol.iterator](): MapIterator<[string, Assessment]> {
    return this.entries();
  }
}

export type BoardRows = {
  /** Undefined until every bucket of lights has loaded. */
  rows: BoardRow[] | undefined;
  /** Every current light; a new array after any change. */
  lights: readonly Assessment[] | undefined;
  lightIndex: CurrentLightIndex;
};

/**
 * One row per young person with the state of each cell. Setting a light
 * re-reads and rebuilds only the rows in its bucket (see `observeCurrentLightBuckets`);
 * the other rows keep their objects, so the memoised row views skip them too.
 */
export function useBoardRows(
  youths: readonly Youth[] | undefined,
  conditions: readonly Condition[],
  today: string,
): BoardRows {
  const buckets = useObservable(observeCurrentLightBuckets, []);
  const youthsByBucket = useMemo(() => {
    const groups = Array.from({ length: LIGHT_BUCKET_COUNT }, (): Youth[] => []);
    for (const youth of youths ?? []) groups[lightBucketOf(youth.id)]?.push(youth);
    return groups;
  }, [youths]);
  const rows = useMemo(
    () =>
      buckets && youths
        ? buckets.flatMap((lights, bucket) =>
            bucketRows(lights, youthsByBucket[bucket] ?? [], conditions, today),
          )
        : undefined,
    [buckets, youths, youthsByBucket, conditions, today],
  );
  const lights = useMemo(() => buckets?.flat(), [buckets]);
  const lightIndex = useMemo(() => new BucketedLightIndex(buckets ?? []), [buckets]);
  return { rows, lights, lightIndex };
}
